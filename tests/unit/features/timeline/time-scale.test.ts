import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterIntervals, createStoryScale } from "@/features/timeline/time-scale.ts";
import { toTimelineItems } from "@/features/timeline/timeline-item.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";
import { timelineItems } from "./arbitraries.ts";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const round = (n: number) => Math.round(n * 100) / 100;

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

describe("createStoryScale with the first story's focus, 18 Nov – 4 Dec 2025", () => {
  const story = loadBundledStory();
  const items = toTimelineItems(story.events);
  const focus = { start: utc(2025, 11, 18), end: utc(2025, 12, 5) };
  const scale = createStoryScale({
    intervals: items,
    marks: [utc(2025, 12, 3)],
    length: 1000,
    focus,
  });

  it("gives the focus 70 % of the plot, at its right end, as one linear segment", () => {
    expect(scale.focus?.p0).toBeCloseTo(300, 9);
    expect(scale.focus).toMatchObject({ t0: focus.start, t1: focus.end, p1: 1000 });
    // The call, the deadline, the weekend, 1 and 3 December.
    expect(scale.focus?.count).toBe(5);
  });

  it("packs 2014 to mid-November 2025 into the other 30 %, by item counts, breaks and all", () => {
    // 300 px less two 36 px breaks; weights 1+2 (2014–18), 1+1 (2024), 1+4 (autumn 2025).
    expect(scale.segments.map((s) => [Boolean(s.focus), round(s.p0), round(s.p1)])).toEqual([
      [false, 0, 68.4],
      [false, 104.4, 150],
      [false, 186, 300],
      [true, 300, 1000],
    ]);
    expect(scale.breaks).toHaveLength(2);
    // The autumn runs on into the focus: no break between them.
    expect(scale.segments[2]!.t1).toBe(focus.start);
  });

  it("spreads the week of 21–28 November over hundreds of pixels", () => {
    // 7 of the focus's 17 days, of 700 px.
    expect(scale.toPixel(utc(2025, 11, 28)) - scale.toPixel(utc(2025, 11, 21))).toBeCloseTo(
      (700 * 7) / 17,
      6,
    );
  });
});

/** A focus anywhere from 1995 to 2035, from a day to a few years long (or none). */
const focusOrNone = fc.option(
  fc
    .record({
      start: fc.integer({ min: Date.UTC(1995, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY }),
      days: fc.integer({ min: 1, max: 1500 }),
    })
    .map(({ start, days }) => ({ start: start * DAY, end: (start + days) * DAY })),
);

describe("createStoryScale properties", () => {
  it("is monotonic, stays inside the plot, and inverts on segments, with a focus or without", () => {
    fc.assert(
      fc.property(
        timelineItems,
        fc.integer({ min: 200, max: 3000 }),
        focusOrNone,
        (items, length, focus) => {
          const scale = createStoryScale({ intervals: items, length, focus });
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
          if (focus) {
            // The focus is one linear stretch: 70 % of the plot, or all of it with nothing outside.
            const width = scale.toPixel(focus.end) - scale.toPixel(focus.start);
            const outside = items.some((i) => i.start < focus.start || i.end > focus.end);
            expect(width).toBeCloseTo(outside ? length * 0.7 : length, 6);
            expect(scale.focus).toMatchObject({ t0: focus.start, t1: focus.end });
          }
        },
      ),
    );
  });
});
