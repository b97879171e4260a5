import { getMessages } from "@/i18n/messages.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { getAxisTicks, tickLabelWidth } from "./axis-ticks.ts";
import { linkSubpath, markerGroups, type MarkerGroup } from "./marker-paths.ts";
import { stackInDateOrder } from "./stack-order.ts";
import { GEOMETRY, laneTop, plotRows } from "./timeline-geometry.ts";
import type { PlotBase } from "./plot-base.ts";
import { layoutPrepared, type LayoutSizes } from "./timeline-layout.ts";
import { zoomTransform1D, type ZoomTransform1D } from "./zoom-transform.ts";
import { getPlotBands, getPlotContext } from "./plot-context.ts";
import {
  plotKey,
  type PlotBand,
  type PlotCluster,
  type PlotContext,
  type PlotLabel,
  type PlotSpan,
  type PlotText,
} from "./plot-types.ts";

export { plotKey } from "./plot-types.ts";
export type {
  Box,
  PlotBand,
  PlotCluster,
  PlotContext,
  PlotLabel,
  PlotSpan,
  PlotText,
  TextBox,
} from "./plot-types.ts";

/** Everything the wide timeline draws for one zoom: the components only map it to elements. */
export interface PlotModel {
  width: number;
  /**
   * Where the view it was laid out for begins, in its own pixels: 0, or where an earlier
   * layout at the same zoom put it (PlotView.laidAt). Its elements are placed in those pixels.
   */
  viewLeft: number;
  height: number;
  /** Pixels drawn beyond each side of the viewport, so a pan moves what is drawn. */
  overscan: number;
  rows: ReturnType<typeof plotRows>;
  axis: { x1: number; x2: number; y: number };
  labels: PlotLabel[];
  spans: PlotSpan[];
  clusters: PlotCluster[];
  /** Quiet stretches cut out of the axis; on the context strip, drawn on its tint. */
  breaks: { x0: number; x1: number; onContext: boolean }[];
  /** The time outside the focus, drawn as a quiet strip: compressed context. */
  context: PlotContext;
  /** The story's annotation bands in view, behind the markers. */
  bands: PlotBand[];
  ticks: { x: number; time: number }[];
  tickLabels: PlotText[];
  now: { x: number; label: PlotText } | null;
  markerGroups: MarkerGroup[];
  /** Every drawn marker, labelled or not. */
  markers: { id: string; x: number }[];
  /** The lines from markers up to their labels, as one path. */
  links: string;
  /** The left edge of every absolutely placed element, by its data-plot-key (zoom preview). */
  lefts: ReadonlyMap<string, number>;
  /** Ids of the events with a button in the plot, in the order they are drawn. */
  rendered: string[];
}

/** What changes with every zoom and re-render (PlotBase holds the rest). */
export interface PlotView {
  transform: ZoomTransform1D;
  /** The plot's visible width. */
  width: number;
  lang: Language;
  /** The word for "now" on the axis. */
  nowLabel: string;
  /** Pixels laid out beyond each side of the viewport: by default half its width. */
  overscan?: number;
  /**
   * Whether labels at the viewport's edges are pulled into view (the default). Not for a
   * picture the canvas slides during a pan: an edge of the view it was laid out for would
   * then show in the middle of the view.
   */
  pullAtEdges?: boolean;
  /**
   * The x of the transform to place things by, where it is not the view's own: that of the
   * layout before, at the same zoom. What stays in view then keeps its place, and a pan's
   * new layout moves only what it brings in or takes out; the layer holding the plot is
   * moved by the difference (useTimelineZoom).
   */
  laidAt?: number;
}

const CLUSTER_WIDTH = 44;

/** "Now" is bold: a little wider a character than a tick's label. */
const nowLabelWidth = (text: string) => 8 + 9 * text.length;

/**
 * The first and last moment of a cluster's events. A loop, not Math.min(...): at the widest
 * zoom of a long story one cluster holds thousands of events.
 */
function timeSpanned(ids: readonly string[], items: PlotBase["items"]) {
  let from = Infinity;
  let to = -Infinity;
  for (const id of ids) {
    const item = items.get(id);
    if (!item) continue;
    from = Math.min(from, item.start);
    to = Math.max(to, item.end - 1);
  }
  return { from, to };
}

/** Moves a label centred at x, half as wide as given, into [left, right] if x is in it. */
function keepInView(x: number, half: number, left: number, right: number): number {
  return x >= left && x <= right ? Math.min(Math.max(x, left + half), right - half) : x;
}

/**
 * The render model of the wide timeline (visx's middle layer): from the zoom-independent base
 * (scale, prepared items, lanes) and the zoom, every box, bar, badge, tick and path the plot draws. Pure, so its pixels
 * can be pinned by tests and the zoom preview can move elements without reading the DOM.
 */
export function getPlotModel(base: PlotBase, view: PlotView): PlotModel {
  const { width, lang } = view;
  const { scale } = base;
  const overscan = view.overscan ?? Math.round(width / 2);
  // Placed by `transform`, the view's or the layout's before (laidAt): the view begins at
  // viewLeft in its pixels, and [from, to] is laid out.
  const transform =
    view.laidAt === undefined ? view.transform : zoomTransform1D(view.transform.k, view.laidAt);
  const viewLeft = transform.x - view.transform.x;
  const viewRight = viewLeft + width;
  const from = viewLeft - overscan;
  const to = viewRight + overscan;
  const rows = plotRows(base.lanes, base.spanRows, base.bandRow);
  const sizes: LayoutSizes = {
    viewport: width,
    labelWidth: GEOMETRY.labelWidth,
    ...(base.cardWidth && { cardWidth: base.cardWidth }),
    maxLanes: base.lanes,
    maxSpanRows: GEOMETRY.maxSpanRows,
    spanLabelWidth: base.spanLabelWidth,
    overscan,
    ...(view.pullAtEdges === false && { pullAtEdges: false }),
    viewLeft,
  };
  const layout = layoutPrepared(base.prepared, transform, sizes);
  const lefts = new Map<string, number>();

  const points = stackInDateOrder(layout.points, (id) => base.items.get(id)?.start ?? 0);
  const labels = points.map((point): PlotLabel => {
    lefts.set(plotKey.label(point.id), point.labelX);
    return {
      id: point.id,
      markerX: point.x,
      lane: point.lane,
      left: point.labelX,
      top: laneTop(point.lane, rows.lanesHeight),
      width: point.labelWidth,
      height: GEOMETRY.cardHeight,
    };
  });

  const spans = layout.spans.map((span): PlotSpan => {
    const top = rows.spansTop + span.row * GEOMETRY.spanRowHeight;
    // A label that starts in view ends in view; one in the overscan may run on into it. Not
    // in a picture a pan slides: the edge of its view would show in the middle of the view.
    const pulled = view.pullAtEdges !== false && span.labelX < viewRight;
    const limit = (pulled ? viewRight : to) - 4;
    const labelRight = Math.min(span.labelX + span.labelWidth, limit);
    const x0 = Math.max(span.x0, from - 4);
    const x1 = Math.min(span.x1, to + 4);
    lefts.set(plotKey.span(span.id), span.labelX);
    return {
      id: span.id,
      fuzzy: base.items.get(span.id)?.fuzzy ?? false,
      bar: {
        left: x0,
        top: top + GEOMETRY.spanBarTop,
        width: Math.max(2, x1 - x0),
        height: GEOMETRY.spanBarHeight,
      },
      // The label's box holds its bar; its words are on the line above the bar. They start
      // where the bar does, unless the label was moved left to end in view (then as far
      // right as they fit: `inset` is the most the words are moved in).
      label: {
        left: span.labelX,
        top,
        width: Math.max(0, labelRight - span.labelX),
        height: GEOMETRY.spanRowHeight - 2,
        inset: Math.max(0, span.x0 - span.labelX),
      },
    };
  });

  const clusters = layout.clusters.map((cluster): PlotCluster => {
    const key = plotKey.cluster(cluster.ids[0] ?? "");
    const left = Math.min(Math.max(cluster.x - CLUSTER_WIDTH / 2, from), to - CLUSTER_WIDTH);
    lefts.set(key, left);
    return {
      key,
      ids: cluster.ids,
      left,
      top: rows.axisY - GEOMETRY.clusterRow,
      base0: cluster.base0,
      base1: cluster.base1,
      ...timeSpanned(cluster.ids, base.items),
    };
  });

  // "Now" is centred on its line (CSS), below the tick labels where no label card or period
  // covers it, and kept inside the plot while its line is in view.
  const nowX = transform.apply(scale.toPixel(base.now));
  let now: PlotModel["now"] = null;
  if (nowX >= from && nowX <= to) {
    const left = keepInView(nowX, nowLabelWidth(view.nowLabel) / 2, viewLeft, viewRight);
    lefts.set(plotKey.now, left);
    now = {
      x: nowX,
      label: {
        key: plotKey.now,
        left,
        top: rows.axisY + GEOMETRY.nowLabelTop,
        text: view.nowLabel,
      },
    };
  }

  // The time outside the focus: a strip of tint, and its word in the "now" row, clear of "now".
  const window = { width, left: viewLeft, from, to };
  const nowHalf = nowLabelWidth(view.nowLabel) / 2;
  const context = getPlotContext(
    scale,
    transform,
    window,
    rows.axisY + GEOMETRY.nowLabelTop,
    getMessages(lang).contextBefore,
    now && { x0: now.label.left - nowHalf, x1: now.label.left + nowHalf },
  );
  if (context.label) lefts.set(plotKey.context, context.label.left);
  const bands = getPlotBands(base.bands, scale, transform, window, rows.axisY, lang);
  for (const band of bands) lefts.set(plotKey.band(band.id), band.label.left);

  const axisTicks = getAxisTicks(scale, transform, width, lang, overscan, viewLeft);
  const tickTop = rows.axisY + GEOMETRY.tickLabelTop;
  const inContext = (x: number) => context.strips.some((s) => x >= s.x0 && x <= s.x1);
  // Centred on their ticks (CSS); one near an edge of the view moves in, so it is not cut.
  const tickLabels = axisTicks.map((tick): PlotText => {
    const left = keepInView(tick.x, tickLabelWidth(tick.label) / 2, viewLeft, viewRight);
    const key = plotKey.tick(tick.time);
    lefts.set(key, left);
    const tint = inContext(left) ? { onContext: true } : {};
    return { key, left, top: tickTop, text: tick.label, ...tint };
  });

  return {
    width,
    viewLeft,
    height: rows.height,
    overscan,
    rows,
    axis: { x1: from, x2: to, y: rows.axisY },
    labels,
    spans,
    clusters,
    breaks: scale.breaks
      .map((b) => ({ x0: transform.apply(b.p0), x1: transform.apply(b.p1) }))
      .map((b) => ({ ...b, onContext: inContext((b.x0 + b.x1) / 2) }))
      .filter((b) => b.x1 >= from && b.x0 <= to),
    context,
    bands,
    ticks: axisTicks.map((tick) => ({ x: tick.x, time: tick.time })),
    tickLabels,
    now,
    markerGroups: markerGroups(layout.markers, base.items, rows.axisY, null),
    markers: layout.markers,
    links: points.map((point) => linkSubpath(point, rows.axisY, rows.lanesHeight)).join(""),
    lefts,
    rendered: [...labels.map((l) => l.id), ...spans.map((s) => s.id)],
  };
}
