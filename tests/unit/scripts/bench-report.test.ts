import { describe, expect, it } from "vitest";
import { verdictOf } from "../../../scripts/lib/bench/report.ts";

describe("the benchmark's verdicts", () => {
  it("meets a budget at or under its maximum, and misses it above", () => {
    expect(verdictOf({ group: "page", figure: "LCP", value: 1100, max: 1100 })).toBe("met");
    expect(verdictOf({ group: "page", figure: "LCP", value: 1101, max: 1100 })).toBe("MISSED");
  });

  it("misses a score under its minimum and a figure it could not measure", () => {
    expect(verdictOf({ group: "page", figure: "SEO", value: 92, min: 100 })).toBe("MISSED");
    expect(verdictOf({ group: "page", figure: "LCP", value: NaN, max: 1100 })).toBe("MISSED");
  });

  it("only shows a figure that has no budget", () => {
    expect(verdictOf({ group: "floor", figure: "LCP", value: 900 })).toBe("—");
  });
});
