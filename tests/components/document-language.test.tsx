// @vitest-environment jsdom
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useDocumentLanguage } from "@/state/use-document-language.ts";

describe("the document's language and title", () => {
  it("follow the reader, and <html lang> is written only when the language changes", async () => {
    const writes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) writes.push(record.attributeName ?? "");
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    const { rerender } = renderHook(({ lang, title }) => useDocumentLanguage(lang, title), {
      initialProps: { lang: "nb" as const, title: "Saken" },
    });
    expect(document.documentElement.lang).toBe("nb");
    // Opening an event changes the title only: writing lang again restyles the whole page.
    observer.takeRecords();
    writes.length = 0;
    rerender({ lang: "nb", title: "Hendelsen – Saken" });
    rerender({ lang: "nb", title: "En annen hendelse – Saken" });
    // The title follows just after the next paint, the latest one only.
    await waitFor(() => expect(document.title).toBe("En annen hendelse – Saken"));
    observer.takeRecords().forEach((record) => writes.push(record.attributeName ?? ""));
    expect(writes).toEqual([]);

    rerender({ lang: "en" as "nb", title: "The story" });
    expect(document.documentElement.lang).toBe("en");
    await waitFor(() => expect(document.title).toBe("The story"));
    observer.disconnect();
  });
});
