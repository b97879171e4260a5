import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countContextEvents } from "@/story/model/story-focus.ts";

const DAY = 86_400_000;
const day = (n: number) => ({ start: n * DAY, end: (n + 1) * DAY });

describe("countContextEvents", () => {
  it("counts the events that start before the focus, from the first", () => {
    const focus = { start: 100 * DAY, end: 120 * DAY };
    expect(countContextEvents([day(1), day(50), day(99), day(100), day(110)], focus)).toBe(3);
  });

  it("folds a stretch that began before the focus and runs into it: it is the lead-up", () => {
    const focus = { start: 100 * DAY, end: 120 * DAY };
    const period = { start: 40 * DAY, end: 115 * DAY };
    expect(countContextEvents([day(1), period, day(60), day(105)], focus)).toBe(3);
  });

  it("folds nothing without a focus", () => {
    expect(countContextEvents([day(1), day(2)], null)).toBe(0);
  });

  it("folds exactly the events that start before the focus, with no gap in the fold", () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 }))
      .map(([start, length]) => ({ start: start * DAY, end: (start + length) * DAY }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, focus) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const count = countContextEvents(sorted, focus);
        expect(sorted.slice(0, count).every((s) => s.start < focus.start)).toBe(true);
        expect(sorted.slice(count).every((s) => s.start >= focus.start)).toBe(true);
      }),
    );
  });
});
