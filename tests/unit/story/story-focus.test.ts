import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUSY_GAP, findBusyStretch, type TimeSpan } from "@/story/model/story-focus.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const day = (y: number, m: number, d: number): TimeSpan => ({
  start: utc(y, m, d),
  end: utc(y, m, d + 1),
});
const iso = (span: TimeSpan | null) =>
  span && [new Date(span.start).toISOString(), new Date(span.end).toISOString()];

describe("the story index's focus", () => {
  const story = loadBundledStory();

  it("takes the story's own focus, from the first day's start to the last day's end", () => {
    expect(iso(buildStoryIndex(story).focus)).toEqual([
      "2025-11-18T00:00:00.000Z",
      "2025-12-05T00:00:00.000Z",
    ]);
  });

  it("finds the call, the deadline and the days after it when the story names no focus", () => {
    const { focus: _own, ...rest } = story;
    // 21 Nov to 3 Dec, and three days' margin either side (a fifth of its 13 days).
    expect(iso(buildStoryIndex({ ...rest, focus: undefined }).focus)).toEqual([
      "2025-11-18T00:00:00.000Z",
      "2025-12-07T00:00:00.000Z",
    ]);
  });
});

describe("findBusyStretch", () => {
  it("takes the newest stretch of three or more events, not the biggest", () => {
    const dates = [
      ...[1, 3, 5, 7, 9].map((d) => day(2020, 3, d)),
      day(2022, 1, 1),
      ...[10, 20, 30].map((d) => day(2024, 6, d)),
    ];
    expect(iso(findBusyStretch(dates))).toEqual([
      "2024-06-06T00:00:00.000Z", // 10 June less a fifth of its 21 days, 4 days
      "2024-07-05T00:00:00.000Z",
    ]);
  });

  it("leaves out periods: a season says when, not how busy", () => {
    const season = { start: utc(2024, 1, 1), end: utc(2024, 4, 1) };
    expect(findBusyStretch([season, season, season, day(2020, 1, 1)])).toBeNull();
  });

  it("finds none in a story busy throughout, or spread evenly", () => {
    const fortnight = [1, 4, 7, 10, 13].map((d) => day(2025, 11, d));
    expect(findBusyStretch(fortnight)).toBeNull();
    const monthly = Array.from({ length: 12 }, (_, m) => day(2025, m + 1, 1));
    expect(findBusyStretch(monthly)).toBeNull();
  });
});

/** Day-long events somewhere in 2000–2030 (some days repeat, as busy news does). */
const moments = fc.array(
  fc.integer({ min: utc(2000) / DAY, max: utc(2030) / DAY }).map((d) => ({
    start: d * DAY,
    end: (d + 1) * DAY,
  })),
  { minLength: 1, maxLength: 60 },
);

describe("findBusyStretch properties", () => {
  it("holds three or more events, and no three newer ones are as close together", () => {
    fc.assert(
      fc.property(moments, (dates) => {
        const found = findBusyStretch(dates);
        if (!found) return;
        const inside = dates.filter((d) => d.start >= found.start && d.end <= found.end);
        expect(inside.length).toBeGreaterThanOrEqual(3);
        const after = dates.filter((d) => d.start >= found.end).sort((a, b) => a.start - b.start);
        for (let i = 0; i + 2 < after.length; i++) {
          const close =
            after[i + 1]!.start - after[i]!.end <= BUSY_GAP &&
            after[i + 2]!.start - after[i + 1]!.end <= BUSY_GAP;
          expect(close).toBe(false);
        }
      }),
    );
  });

  it("does not depend on the events' order, nor on what happened long before it", () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 1, max: 3000 }), (dates, back) => {
        const found = findBusyStretch(dates);
        expect(findBusyStretch([...dates].reverse())).toEqual(found);
        if (!found) return;
        const long = found.start - BUSY_GAP - back * DAY;
        expect(findBusyStretch([...dates, { start: long, end: long + DAY }])).toEqual(found);
      }),
    );
  });
});
