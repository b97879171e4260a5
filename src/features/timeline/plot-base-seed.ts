import type { TimeSpan } from "@/story/model/story-focus.ts";
import type { ClaimStatus, EventKind } from "@/story/model/types.ts";
import type { PlotBase } from "./plot-base.ts";
import type { BaseBand } from "./plot-context.ts";
import { createStoryScale } from "./time-scale.ts";
import type { TimelineItem } from "./timeline-item.ts";
import { GEOMETRY } from "./timeline-geometry.ts";
import { prepareItems } from "./timeline-layout.ts";

/**
 * A PlotBase as plain data, for a worker to lay the plot out from (sketch/layout-worker.ts):
 * the items in columns, which a worker receives in a fraction of the time an object each
 * takes, and the labels' widths as numbers, where the base has functions.
 */
export interface PlotBaseSeed {
  ids: string[];
  starts: Float64Array;
  ends: Float64Array;
  /** Bit 0: a span; bit 1: fuzzy. */
  flags: Uint8Array;
  kinds: EventKind[];
  statuses: ClaimStatus[];
  /** The ids of the items shown (a thread filter), or null for all. */
  shown: string[] | null;
  length: number;
  focus: TimeSpan | null;
  now: number;
  lanes: number;
  spanRows: number;
  height: number;
  bands: BaseBand[];
  bandRow: number;
  /** Each shown period's label width, and each shown event's card width where it has one. */
  spanWidths: [string, number][];
  cardWidths: [string, number][] | null;
}

/** The seed of `base`: what baseFromSeed needs to make it again. */
export function seedOf(base: PlotBase): PlotBaseSeed {
  const all = [...base.items.values()];
  const { points, spans } = base.prepared;
  const shownCount = points.length + spans.length;
  const { cardWidth } = base;
  return {
    ids: all.map((item) => item.id),
    starts: Float64Array.from(all, (item) => item.start),
    ends: Float64Array.from(all, (item) => item.end),
    flags: Uint8Array.from(all, (item) => (item.span ? 1 : 0) | (item.fuzzy ? 2 : 0)),
    kinds: all.map((item) => item.kind),
    statuses: all.map((item) => item.status),
    shown:
      shownCount === all.length
        ? null
        : [...points.map((p) => p.item.id), ...spans.map((s) => s.item.id)],
    ...base.scaleFrom,
    now: base.now,
    lanes: base.lanes,
    spanRows: base.spanRows,
    height: base.height,
    bands: base.bands,
    bandRow: base.bandRow,
    spanWidths: spans.map(({ item }) => [item.id, base.spanLabelWidth(item.id)]),
    cardWidths: cardWidth ? points.map(({ item }) => [item.id, cardWidth(item.id)]) : null,
  };
}

/** The PlotBase a seed was made from: getPlotModel gives the same model from either. */
export function baseFromSeed(seed: PlotBaseSeed): PlotBase {
  const all = seed.ids.map((id, i): TimelineItem => ({
    id,
    start: seed.starts[i]!,
    end: seed.ends[i]!,
    span: (seed.flags[i]! & 1) !== 0,
    fuzzy: (seed.flags[i]! & 2) !== 0,
    kind: seed.kinds[i]!,
    status: seed.statuses[i]!,
  }));
  const scaleFrom = { length: seed.length, focus: seed.focus };
  const scale = createStoryScale({ intervals: all, marks: [seed.now], ...scaleFrom });
  const shown = seed.shown && new Set(seed.shown);
  const spanWidths = new Map(seed.spanWidths);
  const cardWidths = seed.cardWidths && new Map(seed.cardWidths);
  return {
    scale,
    scaleFrom,
    items: new Map(all.map((item) => [item.id, item])),
    prepared: prepareItems(shown ? all.filter((item) => shown.has(item.id)) : all, scale),
    lanes: seed.lanes,
    spanRows: seed.spanRows,
    height: seed.height,
    spanLabelWidth: (id) => spanWidths.get(id) ?? GEOMETRY.spanLabelWidth,
    ...(cardWidths && { cardWidth: (id: string) => cardWidths.get(id) ?? GEOMETRY.labelWidth }),
    now: seed.now,
    bands: seed.bands,
    bandRow: seed.bandRow,
  };
}
