import type { ZoomTransform1D } from "./zoom-transform.ts";

export const MAX_ZOOM = 400;

/** Where a glide ends: scale `k` and translation `x`, as d3-zoom takes them. */
export interface ZoomTarget {
  k: number;
  x: number;
}

const clampK = (k: number) => Math.min(MAX_ZOOM, Math.max(1, k));

/** The translation that puts base pixel `centre` mid-view at scale `k`, kept on the story. */
function centred(k: number, centre: number, width: number): ZoomTarget {
  return { k, x: Math.min(0, Math.max(width - width * k, width / 2 - centre * k)) };
}

/** Base pixel `pixel` in the middle of a view `width` px wide, at scale `k`. */
export function centreOn(pixel: number, k: number, width: number): ZoomTarget {
  return centred(k, pixel, width);
}

/**
 * `now` zoomed by `factor` around the base pixel `around` picks from the view's edges (by
 * default the view's middle).
 */
export function zoomedBy(
  now: ZoomTransform1D,
  factor: number,
  width: number,
  around?: (view: [number, number]) => number | undefined,
): ZoomTarget {
  const centre = around?.([now.invert(0), now.invert(width)]) ?? now.invert(width / 2);
  return centred(clampK(now.k * factor), centre, width);
}

/** The base pixel range [p0, p1] filling most (60 %) of the view. */
export function fitRange(p0: number, p1: number, width: number): ZoomTarget {
  const k = clampK((width * 0.6) / Math.max(p1 - p0, 1));
  return centred(k, (p0 + p1) / 2, width);
}
