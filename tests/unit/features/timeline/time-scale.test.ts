import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterIntervals, createStoryScale } from "@/features/timeline/time-scale.ts";
import { toTimelineItems } from "@/features/timeline/timeline-item.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";
import { timelineItems } from "./arbitraries.ts";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("clusterIntervals", () => {
  it("starts a new cluster after a quiet stretch longer than the threshold", () => {
    const clusters = clusterIntervals(
      [
        { start: utc(2014), end: utc(2018) },
        { start: utc(2018, 2), end: utc(2018, 3) },
        { start: utc(2024), end: utc(2025) },
      ],
      180 * DAY,
    );
    expect(clusters).toEqual([
      { t0: utc(2014), t1: utc(2018, 3), count: 2 },
      { t0: utc(2024), t1: utc(2025), count: 1 },
    ]);
  });
});

describe("createStoryScale on the first story", () => {
  const story = loadBundledStory();
  const items = toTimelineItems(story.events);
  const scale = createStoryScale({ intervals: items, marks: [utc(2025, 12, 3)], length: 1200 });

  it("cuts 2014–2025 into three segments joined by two breaks", () => {
    expect(scale.segments).toHaveLength(3);
    expect(scale.breaks).toHaveLength(2);
    for (const b of scale.breaks) expect(b.p1 - b.p0).toBeCloseTo(36, 9);
  });

  it("gives the dense autumn of 2025 most of the width", () => {
    const autumn = scale.segments[2]!;
    expect(autumn.count).toBe(9);
    // weights 1+2, 1+1, 1+9 of 1200 − 72 px
    expect(autumn.p1 - autumn.p0).toBeCloseTo((1128 * 10) / 15, 6);
    expect(scale.segments[0]!.p1 - scale.segments[0]!.p0).toBeCloseTo((1128 * 3) / 15, 6);
  });

  it("spaces the week of 21–28 November across tens of pixels, not one", () => {
    expect(scale.toPixel(utc(2025, 11, 28)) - scale.toPixel(utc(2025, 11, 21))).toBeGreaterThan(50);
  });
});

describe("createStoryScale properties", () => {
  it("is monotonic, stays inside the plot, and inverts on segments", () => {
    fc.assert(
      fc.property(timelineItems, fc.integer({ min: 200, max: 3000 }), (items, length) => {
        const scale = createStoryScale({ intervals: items, length });
        const times = items.flatMap((i) => [i.start, i.end]).sort((a, b) => a - b);
        let previous = -Infinity;
        for (const time of times) {
          const pixel = scale.toPixel(time);
          expect(pixel).toBeGreaterThanOrEqual(previous - 1e-6);
          expect(pixel).toBeGreaterThanOrEqual(-1e-6);
          expect(pixel).toBeLessThanOrEqual(length + 1e-6);
          expect(scale.toTime(pixel)).toBeCloseTo(time, -3);
          previous = pixel;
        }
      }),
    );
  });
});
