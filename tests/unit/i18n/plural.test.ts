import { describe, expect, it } from "vitest";
import { fillPlural, getMessages } from "@/i18n/messages.ts";

describe("fillPlural", () => {
  it("says one event and two events, in each language's own words", () => {
    const en = getMessages("en");
    const nb = getMessages("nb");
    expect(fillPlural(en.clusterLabel, 1, "en")).toBe("1 more event here – zoom in");
    expect(fillPlural(en.clusterLabel, 2, "en")).toBe("2 more events here – zoom in");
    expect(fillPlural(nb.clusterLabel, 1, "nb")).toBe("1 hendelse til her – zoom inn");
    expect(fillPlural(nb.clusterLabel, 0, "nb")).toBe("0 hendelser til her – zoom inn");
    expect(fillPlural(en.shownCount, 1, "en", { shown: 1, total: 1 })).toBe("Showing 1 of 1 event");
  });

  it("falls back to the other form where a language has no form of its own", () => {
    expect(fillPlural({ other: "{count} x" }, 1, "en")).toBe("1 x");
  });
});
