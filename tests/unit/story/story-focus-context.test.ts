import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countContextEvents } from "@/story/model/story-focus.ts";

const DAY = 86_400_000;
const day = (n: number) => ({ start: n * DAY, end: (n + 1) * DAY });

describe("countContextEvents", () => {
  it("counts the events that end before the focus, from the first", () => {
    const focus = { start: 100 * DAY, end: 120 * DAY };
    expect(countContextEvents([day(1), day(50), day(99), day(100), day(110)], focus)).toBe(3);
  });

  it("stops at a period that runs into the focus, so nothing after it is folded", () => {
    const focus = { start: 100 * DAY, end: 120 * DAY };
    const period = { start: 40 * DAY, end: 115 * DAY };
    expect(countContextEvents([day(1), period, day(60), day(105)], focus)).toBe(1);
  });

  it("folds nothing without a focus", () => {
    expect(countContextEvents([day(1), day(2)], null)).toBe(0);
  });

  it("never folds an event that reaches into the focus, nor leaves a gap in the fold", () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 }))
      .map(([start, length]) => ({ start: start * DAY, end: (start + length) * DAY }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, focus) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const count = countContextEvents(sorted, focus);
        expect(sorted.slice(0, count).every((s) => s.end <= focus.start)).toBe(true);
        if (count < sorted.length) expect(sorted[count]!.end).toBeGreaterThan(focus.start);
      }),
    );
  });
});
