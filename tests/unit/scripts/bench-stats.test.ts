import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRAME_MS, inWholeFrames, p95 } from "../../../scripts/lib/bench/stats.ts";

describe("frame times counted in the display's frames", () => {
  it("reads a frame drawn in time as one frame, whatever the timer's jitter", () => {
    expect(inWholeFrames([16.6, 16.8, 16.9])).toEqual([FRAME_MS, FRAME_MS, FRAME_MS]);
    expect(p95(inWholeFrames([...Array<number>(99).fill(16.8), 16.5]))).toBeCloseTo(16.67, 2);
  });

  it("reads a frame that missed one, two or more frames as that many more", () => {
    expect(inWholeFrames([33.3, 50.1, 150])).toEqual([2, 3, 9].map((n) => n * FRAME_MS));
  });

  it("moves no time by more than half a frame", () => {
    fc.assert(
      fc.property(fc.double({ min: 8.4, max: 2000, noNaN: true }), (delta) => {
        expect(Math.abs(inWholeFrames([delta])[0]! - delta)).toBeLessThanOrEqual(FRAME_MS / 2);
      }),
    );
  });
});
