import type { PreparedItems } from "./timeline-layout.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

/** Markers whose labels did not fit at this zoom, shown as one "+N" that zooms in on them. */
export interface ClusterLayout {
  ids: string[];
  x: number;
  /** Time range the cluster covers, in base pixels, for zooming to it. */
  base0: number;
  base1: number;
}

/** Something hidden that has no badge of its zoom's: a label with no room at the edge, a period. */
export interface HiddenItem {
  id: string;
  x: number;
  base: number;
}

/**
 * The "+N" badge whose first point is `first` (stable-lanes.ts, badgeOf): every point without a
 * lane that shares it, in view or not, so that its count and place are the same in any view.
 */
export function badgeFrom(
  prepared: PreparedItems,
  badgeOf: Int32Array,
  first: number,
  transform: ZoomTransform1D,
  reach: number,
): ClusterLayout {
  const { points } = prepared;
  const base0 = points[first]!.base;
  const badge = { ids: [] as string[], x: transform.apply(base0), base0, base1: base0 };
  for (let j = first; j < points.length && (points[j]!.base - base0) * transform.k <= reach; j++) {
    if (badgeOf[j] !== first) continue;
    badge.ids.push(points[j]!.item.id);
    badge.base1 = points[j]!.base;
  }
  return badge;
}

/**
 * The badges a layout shows: its zoom's (`badges`), and what it hid itself (`hidden`), each
 * in the badge of the zoom it falls in, else grouped as those are: closer than `reach` to a
 * badge's first share it.
 */
export function withHidden(
  badges: readonly ClusterLayout[],
  hidden: readonly HiddenItem[],
  reach: number,
): ClusterLayout[] {
  const clusters = [...badges].sort((a, b) => a.x - b.x);
  const own: ClusterLayout[] = [];
  for (const entry of [...hidden].sort((a, b) => a.x - b.x)) {
    const near = (badge: ClusterLayout) => entry.x >= badge.x && entry.x - badge.x <= reach;
    // Sorted by x: an entry near one of its own badges is near the last.
    const last = own[own.length - 1];
    const home = clusters.find(near) ?? (last && near(last) ? last : undefined);
    if (!home) {
      own.push({ ids: [entry.id], x: entry.x, base0: entry.base, base1: entry.base });
      continue;
    }
    home.ids.push(entry.id);
    home.base0 = Math.min(home.base0, entry.base);
    home.base1 = Math.max(home.base1, entry.base);
  }
  return [...clusters, ...own].sort((a, b) => a.x - b.x);
}
