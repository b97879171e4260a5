import { bisector } from "d3-array";
import { compareIds, LANE_GAP } from "./lane-packing.ts";
import { badgeFrom, withHidden, type ClusterLayout, type HiddenItem } from "./layout-badges.ts";
import { ROW_GAP, spanRows } from "./stable-span-rows.ts";
import { LABEL_LEAD, pointLanes } from "./stable-lanes.ts";
import { itemAnchor, type TimelineItem } from "./timeline-item.ts";
import type { StoryScale } from "./time-scale.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

export interface LayoutSizes {
  /** Width of the visible plot, px. */
  viewport: number;
  /** Width of a point event's label card, px (and how near hidden markers share a badge). */
  labelWidth: number;
  /** A card's own width, where a long title needs more than `labelWidth`. */
  cardWidth?: (id: string) => number;
  /** Lanes of label cards above the axis. */
  maxLanes: number;
  /** Rows of period bars below the axis. */
  maxSpanRows: number;
  /** Width a period bar's label needs, px: one number, or one per item id. */
  spanLabelWidth: number | ((id: string) => number);
  /**
   * Pixels laid out beyond each side of the viewport, so the view can be panned by moving what
   * is already drawn, without laying it out again. Labels of events in view stay inside it.
   */
  overscan?: number;
  /** Whether labels at the viewport's edges are pulled into it (by default, yes). */
  pullAtEdges?: boolean;
  /**
   * Where the viewport begins in the layout's pixels: 0, unless the layout keeps the pixels of
   * one made before it at the same zoom (plot-model.ts), so that what stays in view keeps its
   * place and the DOM is not moved.
   */
  viewLeft?: number;
}

export interface PointLayout {
  id: string;
  /** Marker position on the axis, px (the viewport's, from viewLeft). */
  x: number;
  /** Left edge of the label card, kept inside the viewport. */
  labelX: number;
  /** The card's width: wider than the usual for a title that needs it. */
  labelWidth: number;
  lane: number;
}

export interface SpanLayout {
  id: string;
  x0: number;
  x1: number;
  /** Left edge of its label, kept inside the viewport. */
  labelX: number;
  /** The label's width: the bar's, or more when its title needs it. */
  labelWidth: number;
  row: number;
}

export type { ClusterLayout } from "./layout-badges.ts";

export interface TimelineLayout {
  points: PointLayout[];
  spans: SpanLayout[];
  clusters: ClusterLayout[];
  /** Markers of every visible point item, labelled or not. */
  markers: { id: string; x: number }[];
  lanesUsed: number;
  spanRowsUsed: number;
}

const MARGIN = 4;

/** Keeps a label inside [from, to]: the viewport for what is in view, else the overscan. */
function clampInto(x: number, width: number, from: number, to: number): number {
  return Math.min(Math.max(x, from + MARGIN), Math.max(from + MARGIN, to - width - MARGIN));
}

/** Items with their positions at zoom 1, sorted: computed once per scale, not per frame. */
export interface PreparedItems {
  points: { item: TimelineItem; base: number }[];
  spans: { item: TimelineItem; base0: number; base1: number }[];
}

export function prepareItems(items: readonly TimelineItem[], scale: StoryScale): PreparedItems {
  return {
    points: items
      .filter((item) => !item.span)
      .map((item) => ({ item, base: scale.toPixel(itemAnchor(item)) }))
      .sort((a, b) => a.base - b.base || compareIds(a.item.id, b.item.id)),
    spans: items
      .filter((item) => item.span)
      .map((item) => ({ item, base0: scale.toPixel(item.start), base1: scale.toPixel(item.end) })),
  };
}

/** Index of the first entry whose base is at least a value (binary search, list sorted by base). */
const lowerBound = bisector<{ base: number }, number>((entry) => entry.base).left;

/**
 * Positions every item for one zoom level: markers on the axis, label cards in lanes that never
 * overlap, period bars in rows. Items outside the viewport (and its overscan) are left out, so
 * the DOM holds only what can be seen however long the story is.
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  scale: StoryScale,
  transform: ZoomTransform1D,
  sizes: LayoutSizes,
): TimelineLayout {
  return layoutPrepared(prepareItems(items, scale), transform, sizes);
}

/** layoutTimeline on prepared items: a frame costs the visible items, not the whole story. */
export function layoutPrepared(
  prepared: PreparedItems,
  transform: ZoomTransform1D,
  sizes: LayoutSizes,
): TimelineLayout {
  const overscan = sizes.overscan ?? 0;
  // The viewport, [left, right], and the window laid out, [from, to], in the layout's pixels.
  const left = sizes.viewLeft ?? 0;
  const right = left + sizes.viewport;
  const from = left - overscan;
  const to = right + overscan;
  const inWindow = (x0: number, x1: number) => x1 >= from && x0 <= to;
  const inView = (x0: number, x1: number) => x1 >= left && x0 <= right;
  const clampLabel = (x0: number, x1: number, width: number) =>
    inView(x0, x1) ? clampInto(x0, width, left, right) : clampInto(x0, width, from, to);

  const { lanes, badgeOf, widths, widest } = pointLanes(prepared, transform.k, sizes);
  // From a little before the window: a label of a point just outside may reach into it.
  const reach = widest + LANE_GAP;
  const start = lowerBound(prepared.points, transform.invert(from - reach));
  const first = lowerBound(prepared.points, transform.invert(from));
  const last = lowerBound(prepared.points, transform.invert(to) + 1e-9);
  const laneEnds: number[] = [];
  const pull = sizes.pullAtEdges ?? true;
  const isPulled = (x: number, x0: number, width: number) =>
    pull && inView(x0, x) && x0 + width > right - MARGIN;
  /** Where the next label in `lane` after point `i` that keeps its place starts, if before `until`. */
  const nextInLane = (i: number, lane: number, until: number) => {
    for (let j = i + 1; j < last; j++) {
      const x = transform.apply(prepared.points[j]!.base);
      const x0 = x - LABEL_LEAD;
      if (x0 >= until) break;
      if (lanes[j] === lane && !isPulled(x, x0, widths[j]!)) return x0;
    }
    return Infinity;
  };
  /**
   * A lane for point `i`'s label pulled in to `labelX`: its own if it has room there, else the
   * lowest with room, clear of the labels still to come that keep their places; -1 if none.
   */
  const laneFor = (i: number, labelX: number, width: number, own: number) => {
    const end = labelX + width + LANE_GAP;
    const free = (lane: number) =>
      (laneEnds[lane] ?? -Infinity) + LANE_GAP <= labelX && nextInLane(i, lane, end) >= end;
    if (free(own)) return own;
    for (let lane = 0; lane < sizes.maxLanes; lane++) if (free(lane)) return lane;
    return -1;
  };
  const points: PointLayout[] = [];
  const pointItems: { item: TimelineItem; x: number }[] = [];
  // The zoom's "+N" badges in the window, by their first point; and what this layout hides.
  const badges = new Map<number, ClusterLayout>();
  const hidden: HiddenItem[] = [];
  for (let i = start; i < last; i++) {
    const { item, base } = prepared.points[i]!;
    const x = transform.apply(base);
    const lane = lanes[i]!;
    const width = widths[i]!;
    const x0 = x - LABEL_LEAD;
    const shown = i >= first && inWindow(x, x);
    if (!shown) {
      if (lane !== -1) laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x0 + width);
      continue;
    }
    pointItems.push({ item, x });
    if (lane === -1) {
      const f = badgeOf[i]!;
      if (!badges.has(f))
        badges.set(f, badgeFrom(prepared, badgeOf, f, transform, sizes.labelWidth));
      continue;
    }
    // A label that starts in view ends in view where its lane, or another, has room: pulled in
    // at the right edge (else left at its own place, cut by the edge, as a canvas slid during
    // a pan showed it), at the left as far as the next label in its lane allows. Every other
    // label keeps its place and its lane (pointLanes).
    let [placed, at] = [lane, x0];
    if (pull && inView(x0, x)) {
      const inside = clampInto(x0, width, left, right);
      if (isPulled(x, x0, width)) {
        const pulledTo = laneFor(i, inside, width, lane);
        // A pulled label before it may have taken the room at its own place.
        if (pulledTo !== -1) [placed, at] = [pulledTo, inside];
        else if ((laneEnds[lane] ?? -Infinity) + LANE_GAP > x0) placed = -1;
      } else if (inside > x0) {
        at = Math.min(inside, nextInLane(i, lane, inside + width + LANE_GAP) - LANE_GAP - width);
      }
    }
    if (placed === -1) {
      hidden.push({ id: item.id, x, base });
      continue;
    }
    laneEnds[placed] = Math.max(laneEnds[placed] ?? -Infinity, at + width);
    points.push({ id: item.id, x, labelX: at, labelWidth: width, lane: placed });
  }

  // Periods keep their rows at a zoom (stable-span-rows.ts). A label moved in at an edge of
  // the view stays clear of the periods before and after it in its row.
  const packedSpans = spanRows(prepared, transform.k, sizes);
  const rowEnds: number[] = [];
  const placedSpans: (SpanLayout | undefined)[] = [];
  for (const i of packedSpans.order) {
    const { item, base0, base1 } = prepared.spans[i]!;
    const [x0, x1] = [transform.apply(base0), transform.apply(base1)];
    if (!inWindow(x0, x1)) continue;
    const row = packedSpans.rows[i]!;
    if (row === -1) {
      const x = Math.max(x0, from);
      hidden.push({ id: item.id, x, base: transform.invert(x) });
      continue;
    }
    const width = packedSpans.widths[i]!;
    const next = packedSpans.next[i]!;
    const until = next === -1 ? Infinity : transform.apply(prepared.spans[next]!.base0) - ROW_GAP;
    // Not moved in at all in a picture a pan slides (pullAtEdges), as points' labels are not.
    const inside = pull ? clampLabel(x0, x1, width) : x0;
    const labelX = Math.max(inside, (rowEnds[row] ?? -Infinity) + ROW_GAP);
    const labelWidth = Math.max(0, Math.min(Math.max(x1, labelX + width), until) - labelX);
    rowEnds[row] = Math.max(x1, labelX + labelWidth);
    placedSpans[i] = { id: item.id, x0, x1, labelX, labelWidth, row };
  }
  // In the story's order, as before: the order of their buttons.
  const spans = placedSpans.filter((span) => span !== undefined);

  return {
    points,
    spans,
    clusters: withHidden([...badges.values()], hidden, sizes.labelWidth),
    markers: thinMarkers(pointItems, points),
    lanesUsed: points.reduce((max, p) => Math.max(max, p.lane + 1), 0),
    spanRowsUsed: spans.reduce((max, s) => Math.max(max, s.row + 1), 0),
  };
}

/**
 * One marker per few pixels: thousands of events in one view would otherwise mean thousands
 * of shapes to draw at every layout. Labelled events always keep their marker.
 */
function thinMarkers(
  items: readonly { item: TimelineItem; x: number }[],
  labelled: readonly PointLayout[],
): { id: string; x: number }[] {
  const keep = new Set(labelled.map((p) => p.id));
  const markers: { id: string; x: number }[] = [];
  let lastX = -Infinity;
  for (const { item, x } of items) {
    if (keep.has(item.id) || x - lastX >= MARKER_SPACING) {
      markers.push({ id: item.id, x });
      lastX = x;
    }
  }
  return markers;
}

const MARKER_SPACING = 6;
