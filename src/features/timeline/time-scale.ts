import { scaleLinear } from "d3-scale";

/**
 * A time scale for sparse stories: the story's time is cut into segments where things happen,
 * joined by fixed-width breaks where nothing does (years between events). Each segment is
 * linear in time and gets width in proportion to how many items it holds, so a dense week gets
 * room and an empty decade does not. Given a focus (the story's key stretch), that stretch is
 * one segment with a fixed share of the plot, and the rest of the time is laid out as above in
 * what is left: a compact strip of context. Pure: no DOM, no React.
 */

const DAY = 86_400_000;

export interface ScaleInput {
  /** [start, end) of every item, in UTC ms. */
  intervals: readonly { start: number; end: number }[];
  /** Extra instants that must be on the axis (the story's "now"). */
  marks?: readonly number[];
  /** Plot length in pixels (width when horizontal, height when vertical). */
  length: number;
  /** The stretch to give most of the plot, UTC ms [start, end); none: room by item counts. */
  focus?: { start: number; end: number } | null;
}

export interface ScaleOptions {
  /** A quiet stretch longer than this (ms) becomes a break. */
  breakAfter: number;
  /** Pixels a break takes. */
  breakLength: number;
  /** Share of a segment's duration added on each side, so items do not sit on its edge. */
  padding: number;
  /** Share of the plot the focus takes when there is time outside it. */
  focusShare: number;
}

/*
 * The focus takes 70 %: at the narrowest wide plot (568 px) that is about 400 px, room for
 * the five labels of the bundled story's key fortnight in the six lanes, and the other 30 %
 * (170 px) still holds a decade of context with its breaks and a year tick or two.
 */
export const DEFAULT_SCALE_OPTIONS: ScaleOptions = {
  breakAfter: 180 * DAY,
  breakLength: 36,
  padding: 0.06,
  focusShare: 0.7,
};

export interface Segment {
  /** Time domain, UTC ms. */
  t0: number;
  t1: number;
  /** Pixel range. */
  p0: number;
  p1: number;
  /** How many intervals start inside it. */
  count: number;
  /** The focus's segment; the others are context. */
  focus?: boolean;
}

export interface Break {
  /** Pixel range of the gap. */
  p0: number;
  p1: number;
  /** The time it skips. */
  t0: number;
  t1: number;
}

export interface StoryScale {
  segments: Segment[];
  breaks: Break[];
  length: number;
  /** The focus's segment, if the scale has one; outside it is context. */
  focus: Segment | null;
  /** Time → pixel; monotonic; times inside a break map into the break. */
  toPixel: (time: number) => number;
  /** Pixel → time; the inverse of toPixel on segments. */
  toTime: (pixel: number) => number;
}

interface Cluster {
  t0: number;
  t1: number;
  count: number;
  focus?: boolean;
}

type Interval = { start: number; end: number };

/** Groups intervals into clusters separated by gaps longer than `breakAfter`. */
export function clusterIntervals(
  intervals: readonly { start: number; end: number }[],
  breakAfter: number,
): Cluster[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: Cluster[] = [];
  for (const { start, end } of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && start - last.t1 <= breakAfter) {
      last.t1 = Math.max(last.t1, end);
      last.count += 1;
    } else {
      clusters.push({ t0: start, t1: Math.max(end, start + 1), count: 1 });
    }
  }
  return clusters;
}

/** Pads each cluster so items do not sit on its edge, but never into a quarter of a gap. */
function padClusters(clusters: readonly Cluster[], padding: number): Cluster[] {
  return clusters.map((c, i) => {
    if (c.focus) return c;
    const pad = Math.max((c.t1 - c.t0) * padding, DAY);
    const gapBefore = i > 0 ? c.t0 - clusters[i - 1]!.t1 : Infinity;
    const gapAfter = i < clusters.length - 1 ? clusters[i + 1]!.t0 - c.t1 : Infinity;
    return {
      t0: c.t0 - Math.min(pad, gapBefore / 4),
      t1: c.t1 + Math.min(pad, gapAfter / 4),
      count: c.count,
    };
  });
}

/**
 * The focus as one cluster, and the time before and after it clustered as usual; a context
 * cluster less than a break from the focus runs on into it, with no break between.
 */
function focusClusters(all: readonly Interval[], focus: Interval, options: ScaleOptions) {
  const { start: f0, end: f1 } = focus;
  const before = all.filter((i) => i.start < f0).map((i) => ({ ...i, end: Math.min(i.end, f0) }));
  const after = all.filter((i) => i.end > f1).map((i) => ({ ...i, start: Math.max(i.start, f1) }));
  const own: Cluster = { t0: f0, t1: f1, count: 0, focus: true };
  const clusters = padClusters(
    [
      ...clusterIntervals(before, options.breakAfter),
      own,
      ...clusterIntervals(after, options.breakAfter),
    ],
    options.padding,
  );
  const at = clusters.indexOf(own);
  const last = clusters[at - 1];
  if (last && f0 - last.t1 <= options.breakAfter) last.t1 = f0;
  const next = clusters[at + 1];
  if (next && next.t0 - f1 <= options.breakAfter) next.t0 = f1;
  return clusters;
}

/** Pixel ranges for the clusters, in order: breaks between those that do not touch. */
function layOut(clusters: readonly Cluster[], length: number, options: ScaleOptions) {
  const hasFocus = clusters.some((c) => c.focus);
  const context = clusters.filter((c) => !c.focus);
  const joined = clusters.map((c, i) => i > 0 && c.t0 <= clusters[i - 1]!.t1);
  const breakCount = clusters.length - 1 - joined.filter(Boolean).length;
  const contextLength = !hasFocus
    ? length
    : context.length > 0
      ? length * (1 - options.focusShare)
      : 0;
  // Breaks never take more than a third of the context, however many quiet stretches there are.
  const breakLength =
    breakCount > 0 ? Math.min(options.breakLength, contextLength / 3 / breakCount) : 0;
  const available = contextLength - breakCount * breakLength;
  const totalWeight = context.reduce((sum, c) => sum + 1 + c.count, 0);

  const segments: Segment[] = [];
  const breaks: Break[] = [];
  let cursor = 0;
  clusters.forEach((cluster, i) => {
    const previous = clusters[i - 1];
    if (previous && !joined[i]) {
      breaks.push({ p0: cursor, p1: cursor + breakLength, t0: previous.t1, t1: cluster.t0 });
      cursor += breakLength;
    }
    const width = cluster.focus
      ? length - contextLength
      : (available * (1 + cluster.count)) / totalWeight;
    segments.push({ ...cluster, p0: cursor, p1: cursor + width });
    cursor += width;
  });
  return { segments, breaks };
}

export function createStoryScale(
  input: ScaleInput,
  options: ScaleOptions = DEFAULT_SCALE_OPTIONS,
): StoryScale {
  const marks = (input.marks ?? []).map((t) => ({ start: t, end: t + 1 }));
  const all = [...input.intervals, ...marks];
  const focus = input.focus && input.focus.end > input.focus.start ? input.focus : null;
  const clusters = focus
    ? focusClusters(all, focus, options)
    : padClusters(
        clusterIntervals(all.length > 0 ? all : [{ start: 0, end: DAY }], options.breakAfter),
        options.padding,
      );

  // Marks do not earn width: only items do.
  for (const cluster of clusters) {
    cluster.count = input.intervals.filter(
      (i) => i.start >= cluster.t0 && i.start < cluster.t1,
    ).length;
  }

  const { segments, breaks } = layOut(clusters, input.length, options);

  // A polylinear d3 scale: linear inside each segment and inside each break between them
  // (a segment that runs on into the next shares its edge with it once).
  const domain: number[] = [];
  const range: number[] = [];
  for (const s of segments) {
    for (const [t, p] of [
      [s.t0, s.p0],
      [s.t1, s.p1],
    ] as const) {
      if (domain.length > 0 && t <= domain[domain.length - 1]!) continue;
      domain.push(t);
      range.push(p);
    }
  }
  const scale = scaleLinear().domain(domain).range(range);
  const toPixel = (time: number): number => scale(time);
  const toTime = (pixel: number): number => scale.invert(pixel);

  return {
    segments,
    breaks,
    length: input.length,
    focus: segments.find((s) => s.focus) ?? null,
    toPixel,
    toTime,
  };
}
