import { bisector } from "d3-array";
import { compareIds, packLanes } from "./lane-packing.ts";
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
}

export interface PointLayout {
  id: string;
  /** Marker position on the axis, px in the viewport. */
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

/** Markers whose labels did not fit at this zoom, shown as one "+N" that zooms in on them. */
export interface ClusterLayout {
  ids: string[];
  x: number;
  /** Time range the cluster covers, in base pixels, for zooming to it. */
  base0: number;
  base1: number;
}

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
  const { viewport } = sizes;
  const overscan = sizes.overscan ?? 0;
  const from = -overscan;
  const to = viewport + overscan;
  const inWindow = (x0: number, x1: number) => x1 >= from && x0 <= to;
  const inView = (x0: number, x1: number) => x1 >= 0 && x0 <= viewport;
  const clampLabel = (x0: number, x1: number, width: number) =>
    inView(x0, x1) ? clampInto(x0, width, 0, viewport) : clampInto(x0, width, from, to);

  const first = lowerBound(prepared.points, transform.invert(from));
  const last = lowerBound(prepared.points, transform.invert(to) + 1e-9);
  const pointItems = prepared.points
    .slice(first, last)
    .map(({ item, base }) => ({ item, base, x: transform.apply(base) }))
    .filter(({ x }) => inWindow(x, x));

  const boxes = pointItems.map(({ item, x }) => {
    const labelWidth = sizes.cardWidth?.(item.id) ?? sizes.labelWidth;
    const labelX = clampLabel(x - 12, x, labelWidth);
    return { id: item.id, x0: labelX, x1: labelX + labelWidth };
  });
  const lanes = packLanes(boxes, sizes.maxLanes);

  const points: PointLayout[] = [];
  const hidden: { id: string; x: number; base: number }[] = [];
  pointItems.forEach(({ item, x, base }, i) => {
    const lane = lanes.get(item.id);
    if (lane === null || lane === undefined) hidden.push({ id: item.id, x, base });
    else {
      const box = boxes[i]!;
      points.push({ id: item.id, x, labelX: box.x0, labelWidth: box.x1 - box.x0, lane });
    }
  });

  const spanItems = prepared.spans
    .map(({ item, base0, base1 }) => ({
      item,
      x0: transform.apply(base0),
      x1: transform.apply(base1),
    }))
    .filter(({ x0, x1 }) => inWindow(x0, x1));
  const spanBoxes = spanItems.map(({ item, x0, x1 }) => {
    const labelWidth =
      typeof sizes.spanLabelWidth === "number"
        ? sizes.spanLabelWidth
        : sizes.spanLabelWidth(item.id);
    const labelX = clampLabel(x0, x1, labelWidth);
    return { id: item.id, x0: labelX, x1: Math.max(x1, labelX + labelWidth) };
  });
  const rows = packLanes(spanBoxes, sizes.maxSpanRows, 4);
  const spans: SpanLayout[] = [];
  spanItems.forEach(({ item, x0, x1 }, i) => {
    const row = rows.get(item.id);
    if (row === null || row === undefined) {
      const x = Math.max(x0, from);
      hidden.push({ id: item.id, x, base: transform.invert(x) });
    } else {
      const box = spanBoxes[i]!;
      spans.push({ id: item.id, x0, x1, labelX: box.x0, labelWidth: box.x1 - box.x0, row });
    }
  });

  return {
    points,
    spans,
    clusters: clusterHidden(hidden, sizes.labelWidth),
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

/** Hidden items closer than a label's width to each other share one cluster badge. */
function clusterHidden(
  hidden: { id: string; x: number; base: number }[],
  reach: number,
): ClusterLayout[] {
  const sorted = [...hidden].sort((a, b) => a.x - b.x);
  const clusters: ClusterLayout[] = [];
  for (const entry of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && entry.x - last.x <= reach) {
      last.ids.push(entry.id);
      last.base1 = entry.base;
    } else {
      clusters.push({ ids: [entry.id], x: entry.x, base0: entry.base, base1: entry.base });
    }
  }
  return clusters;
}
