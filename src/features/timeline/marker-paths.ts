import { GEOMETRY, laneTop } from "./timeline-geometry.ts";
import type { TimelineItem } from "./timeline-item.ts";
import type { PointLayout } from "./timeline-layout.ts";

/** Markers that look alike, drawn as one SVG path. */
export interface MarkerGroup {
  /** A deadline is a diamond; anything else a circle. */
  deadline: boolean;
  /** Approximate dates are drawn dashed. */
  fuzzy: boolean;
  /** Confirmed events are filled; what is only claimed is hollow. */
  solid: boolean;
  d: string;
}

export const MARKER_RADIUS = 6;
export const SELECTED_MARKER_RADIUS = 8;

/** A circle of radius r around (x, y), as two arcs. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** A square of side 2r turned 45° around (x, y): a diamond. */
export function diamondPath(x: number, y: number, r: number): string {
  const d = r * Math.SQRT2;
  return `M${x} ${y - d}L${x + d} ${y}L${x} ${y + d}L${x - d} ${y}Z`;
}

/** The classes of a marker's path: its shape, its edge and whether it is filled. */
export function markerClass(group: Omit<MarkerGroup, "d">): string {
  return `tl-marker${group.deadline ? " tl-marker--deadline" : ""}${group.fuzzy ? " tl-marker--fuzzy" : ""}${group.solid ? " tl-marker--solid" : ""}`;
}

/**
 * Every marker on the axis, as at most eight paths (circle or diamond, solid or dashed edge,
 * filled or hollow) instead
 * of one element each: hundreds of elements made every re-layout restyle and repaint hundreds
 * of nodes. The selected marker is left out, to be drawn on top, bigger.
 */
export function markerGroups(
  markers: readonly { id: string; x: number }[],
  items: ReadonlyMap<string, TimelineItem>,
  y: number,
  selected: string | null,
): MarkerGroup[] {
  const groups = new Map<string, MarkerGroup>();
  for (const marker of markers) {
    const item = items.get(marker.id);
    if (!item || marker.id === selected) continue;
    const deadline = item.kind === "deadline";
    const solid = item.status === "confirmed";
    const key = `${deadline}|${item.fuzzy}|${solid}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { deadline, fuzzy: item.fuzzy, solid, d: "" }));
    group.d += (deadline ? diamondPath : circlePath)(marker.x, y, MARKER_RADIUS);
  }
  return [...groups.values()];
}

type LinkPoint = Pick<PointLayout, "x" | "labelX" | "labelWidth" | "lane">;
type LinkLine = readonly [[number, number], [number, number], [number, number]];

/**
 * The line from a labelled event's marker up to its label: up from the marker, then across to
 * the label's bottom edge, kept 6 px inside its corners. Three points, [x, y] each.
 */
export function linkPoints(point: LinkPoint, axisY: number, lanesHeight: number): LinkLine {
  const top = laneTop(point.lane, lanesHeight) + GEOMETRY.cardHeight;
  const anchorX = Math.min(
    Math.max(point.x, point.labelX + 6),
    point.labelX + point.labelWidth - 6,
  );
  return [
    [point.x, axisY - 6],
    [point.x, top + 8],
    [anchorX, top],
  ];
}

/** The line from a labelled event's marker up to its label, as a path's subpath. */
export function linkSubpath(point: LinkPoint, axisY: number, lanesHeight: number): string {
  const [[x0, y0], [x1, y1], [x2, y2]] = linkPoints(point, axisY, lanesHeight);
  return `M${x0} ${y0}L${x1} ${y1}L${x2} ${y2}`;
}
