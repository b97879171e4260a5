import { describe, expect, it } from "vitest";
import { formatDuration } from "@/i18n/format-duration.ts";

describe("formatDuration", () => {
  it("names a gap in words, in each language and unit, the same when asked again", () => {
    expect(formatDuration({ years: 6 }, "nb")).toBe("6 år");
    expect(formatDuration({ months: 1 }, "en")).toBe("1 month");
    expect(formatDuration({ days: 3 }, "en")).toBe("3 days");
    expect(formatDuration({ years: 1 }, "en")).toBe("1 year");
    expect(formatDuration({ years: 1 }, "nb")).toBe("1 år");
    expect(formatDuration({ years: 6 }, "nb")).toBe("6 år");
  });
});
