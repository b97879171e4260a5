import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centreOn, fitRange, MAX_ZOOM, zoomedBy } from "@/features/timeline/zoom-targets.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";

const width = 900;

describe("where a glide ends", () => {
  it("puts a pixel in the middle of the view, unless that would show past the story's ends", () => {
    expect(centreOn(300, 2, width)).toEqual({ k: 2, x: 450 - 600 });
    expect(centreOn(10, 2, width)).toEqual({ k: 2, x: 0 });
    expect(centreOn(890, 2, width)).toEqual({ k: 2, x: width - 2 * width });
  });

  it("fits a range to 60 % of the view, and zooms no further than MAX_ZOOM", () => {
    const target = fitRange(100, 200, width);
    expect(target.k).toBeCloseTo(5.4);
    expect(target.k * 100).toBeCloseTo(0.6 * width);
    expect(fitRange(5, 5, width).k).toBe(MAX_ZOOM);
  });

  it("zooms by a factor around the view's middle, never out past the whole story", () => {
    expect(zoomedBy(zoomTransform1D(), 2, width)).toEqual({ k: 2, x: -450 });
    expect(zoomedBy(zoomTransform1D(2, -450), 0.25, width)).toEqual({ k: 1, x: 0 });
  });

  it("always keeps the view on the story", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: width, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        (pixel, k) => {
          const { x } = centreOn(pixel, k, width);
          expect(x).toBeLessThanOrEqual(0);
          expect(x + width * k).toBeGreaterThanOrEqual(width - 1e-6);
        },
      ),
    );
  });
});
