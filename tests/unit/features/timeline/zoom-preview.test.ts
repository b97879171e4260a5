import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptX, needsLayout, previewOf } from "@/features/timeline/zoom-preview.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";

const transform = fc
  .record({
    k: fc.double({ min: 1, max: 400, noNaN: true }),
    x: fc.double({ min: -1e5, max: 0, noNaN: true }),
  })
  .map(({ k, x }) => zoomTransform1D(k, x));

describe("previewOf", () => {
  it("moves every laid-out point to where the new view puts it", () => {
    fc.assert(
      fc.property(
        transform,
        transform,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (laid, view, base) => {
          const { scale, shift } = previewOf(laid, view);
          expect(scale * laid.apply(base) + shift).toBeCloseTo(view.apply(base), 3);
        },
      ),
    );
  });

  it("is no move at all when the view is the layout", () => {
    const laid = zoomTransform1D(3, -200);
    expect(previewOf(laid, laid)).toEqual({ scale: 1, shift: 0 });
  });
});

describe("needsLayout", () => {
  const laid = zoomTransform1D(2, -500);

  it("lets a pan within the overscan pass as a move", () => {
    expect(needsLayout(laid, zoomTransform1D(2, -700), 1000, 500)).toBe(false);
    expect(needsLayout(laid, zoomTransform1D(2, -300), 1000, 500)).toBe(false);
  });

  it("lays out again when a pan nears the edge of what was drawn", () => {
    expect(needsLayout(laid, zoomTransform1D(2, -1000), 1000, 500)).toBe(true);
    expect(needsLayout(laid, zoomTransform1D(2, 0), 1000, 500)).toBe(true);
  });

  it("lays out again when zoomed in three times or more, or out past the overscan", () => {
    expect(needsLayout(laid, zoomTransform1D(4, -1500), 1000, 500)).toBe(false);
    expect(needsLayout(laid, zoomTransform1D(7, -3000), 1000, 500)).toBe(true);
    expect(needsLayout(laid, zoomTransform1D(1, 0), 1000, 500)).toBe(true);
  });

  it("lays out again when zoomed out by half, however far the layout reaches", () => {
    expect(needsLayout(laid, zoomTransform1D(1.2, -100), 1000, 1500)).toBe(false);
    expect(needsLayout(laid, zoomTransform1D(0.9, 50), 1000, 1500)).toBe(true);
  });
});

describe("keptX", () => {
  const before = { transform: zoomTransform1D(4, -1200), laidAt: -1000 };

  it("keeps the layout before's pixels for a pan at its zoom", () => {
    expect(keptX(before, zoomTransform1D(4, -1500))).toBe(-1000);
    expect(keptX(before, zoomTransform1D(4, 3000))).toBe(-1000);
  });

  it("places a layout by its own view after a zoom, or a pan too far from those pixels", () => {
    expect(keptX(before, zoomTransform1D(4.5, -1500))).toBe(-1500);
    expect(keptX(before, zoomTransform1D(4, -30_000))).toBe(-30_000);
  });

  it("keeps the layer's shift, and so every number in the DOM, within reach", () => {
    fc.assert(
      fc.property(transform, transform, (first, next) => {
        const at = keptX({ transform: first, laidAt: first.x }, zoomTransform1D(first.k, next.x));
        expect(Math.abs(next.x - at)).toBeLessThanOrEqual(20_000);
      }),
    );
  });
});
