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
