import { describe, expect, it } from "vitest";
import { fillPlural, getMessages } from "@/i18n/messages.ts";

describe("fillPlural", () => {
  it("says one event and two events, in each language's own words", () => {
    const en = getMessages("en");
    const nb = getMessages("nb");
    const range = "21 Nov – 1 Dec 2025";
    expect(fillPlural(en.clusterLabel, 1, "en", { range })).toBe(
      `${range}: 1 more event – zoom in`,
    );
    expect(fillPlural(en.clusterLabel, 2, "en", { range })).toBe(
      `${range}: 2 more events – zoom in`,
    );
    expect(fillPlural(nb.clusterLabel, 1, "nb", { range: "21. nov." })).toBe(
      "21. nov.: 1 hendelse til – zoom inn",
    );
    expect(fillPlural(nb.clusterLabel, 0, "nb", { range: "21. nov." })).toBe(
      "21. nov.: 0 hendelser til – zoom inn",
    );
    expect(fillPlural(en.shownCount, 1, "en", { shown: 1, total: 1 })).toBe("Showing 1 of 1 event");
  });

  it("falls back to the other form where a language has no form of its own", () => {
    expect(fillPlural({ other: "{count} x" }, 1, "en")).toBe("1 x");
  });
});
