import { describe, expect, it } from "vitest";
import { getAxisTicks } from "@/features/timeline/axis-ticks.ts";
import { createStoryScale } from "@/features/timeline/time-scale.ts";
import { IDENTITY, zoomTransform1D } from "@/features/timeline/zoom-transform.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("getAxisTicks", () => {
  const scale = createStoryScale({
    intervals: [
      { start: utc(2025, 9, 2), end: utc(2025, 9, 3) },
      { start: utc(2025, 12, 3), end: utc(2025, 12, 4) },
    ],
    length: 400,
  });

  it("labels months in the reader's language, with the year on the first", () => {
    expect(getAxisTicks(scale, IDENTITY, 400, "nb").map((t) => t.label)).toEqual([
      "sep. 2025",
      "okt",
      "nov",
      "des",
    ]);
    expect(getAxisTicks(scale, IDENTITY, 400, "en").map((t) => t.label)).toEqual([
      "Sept 2025",
      "Oct",
      "Nov",
      "Dec",
    ]);
  });

  it("switches to days when zoomed in", () => {
    const zoomed = zoomTransform1D(12, -12 * scale.toPixel(utc(2025, 11, 20)));
    const labels = getAxisTicks(scale, zoomed, 400, "en").map((t) => t.label);
    // British English for "en": day before month.
    expect(labels[0]).toMatch(/^\d+ Nov 2025$/);
    expect(labels.slice(1).every((l) => /^\d+ (Nov|Dec)$/.test(l))).toBe(true);
  });

  it("keeps labels at least most of a tick spacing apart", () => {
    const ticks = getAxisTicks(scale, zoomTransform1D(3, -400), 400, "nb");
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(50);
  });
});
