import { describe, expect, it } from "vitest";
import { formatDuration, prepareDurationFormats } from "@/i18n/format-duration.ts";

describe("formatDuration", () => {
  it("names a gap in words, in each language and unit, the same after its format is prepared", () => {
    expect(formatDuration({ years: 6 }, "nb")).toBe("6 år");
    expect(formatDuration({ months: 1 }, "en")).toBe("1 month");
    prepareDurationFormats("en");
    expect(formatDuration({ days: 3 }, "en")).toBe("3 days");
    expect(formatDuration({ years: 1 }, "en")).toBe("1 year");
    expect(formatDuration({ years: 1 }, "nb")).toBe("1 år");
  });
});
