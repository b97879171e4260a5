/**
 * A horizontal zoom: scale `k` and translation `x`, as d3-zoom gives it, without the y that a
 * timeline never uses. Kept apart from d3 so the layout stays testable without a DOM.
 */
export interface ZoomTransform1D {
  k: number;
  x: number;
  apply: (pixel: number) => number;
  invert: (pixel: number) => number;
}

export function zoomTransform1D(k = 1, x = 0): ZoomTransform1D {
  return {
    k,
    x,
    apply: (pixel) => pixel * k + x,
    invert: (pixel) => (pixel - x) / k,
  };
}

export const IDENTITY = zoomTransform1D();

/** The transform that shows base pixel `pixel` at the centre of a viewport, at zoom `k`. */
export function centerOn(pixel: number, k: number, viewport: number): ZoomTransform1D {
  return zoomTransform1D(k, viewport / 2 - pixel * k);
}

/** Keeps the plot [0, length] covering the viewport: no empty space beyond the story's ends. */
export function clampTransform(
  t: ZoomTransform1D,
  length: number,
  viewport: number,
): ZoomTransform1D {
  const k = Math.max(1, t.k);
  const minX = viewport - length * k;
  const x = Math.min(0, Math.max(minX, t.x));
  return zoomTransform1D(k, x);
}
