import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoomInAnchor } from "@/features/timeline/zoom-anchor.ts";

describe("zoomInAnchor", () => {
  const events = [10, 400, 420, 460, 900];

  it("zooms around the selected event when it is in view", () => {
    expect(zoomInAnchor(events, [300, 700], 420)).toBe(420);
  });

  it("zooms around the middle event in view when the selected one is out of view, or none is", () => {
    expect(zoomInAnchor(events, [300, 700], 900)).toBe(420);
    expect(zoomInAnchor(events, [300, 700])).toBe(420);
    // Two in view: the earlier of the middle pair, an event, not the gap between them.
    expect(zoomInAnchor(events, [0, 410])).toBe(10);
  });

  it("zooms toward the nearest event when none is in view", () => {
    expect(zoomInAnchor(events, [500, 700])).toBe(460);
    expect(zoomInAnchor(events, [700, 880])).toBe(900);
  });

  it("has nothing to zoom around in a story without dated events", () => {
    expect(zoomInAnchor([], [0, 100])).toBeUndefined();
    expect(zoomInAnchor([], [0, 100], 50)).toBe(50);
  });

  it("always picks an event, never an empty stretch", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (points, left, size) => {
          expect(points).toContain(zoomInAnchor(points, [left, left + size]));
        },
      ),
    );
  });
});
