import { scaleLinear } from "d3-scale";

/**
 * A time scale for sparse stories: the story's time is cut into segments where things happen,
 * joined by fixed-width breaks where nothing does (years between events). Each segment is
 * linear in time and gets width in proportion to how many items it holds, so a dense week gets
 * room and an empty decade does not. Pure: no DOM, no React.
 */

const DAY = 86_400_000;

export interface ScaleInput {
  /** [start, end) of every item, in UTC ms. */
  intervals: readonly { start: number; end: number }[];
  /** Extra instants that must be on the axis (the story's "now"). */
  marks?: readonly number[];
  /** Plot length in pixels (width when horizontal, height when vertical). */
  length: number;
}

export interface ScaleOptions {
  /** A quiet stretch longer than this (ms) becomes a break. */
  breakAfter: number;
  /** Pixels a break takes. */
  breakLength: number;
  /** Share of a segment's duration added on each side, so items do not sit on its edge. */
  padding: number;
}

export const DEFAULT_SCALE_OPTIONS: ScaleOptions = {
  breakAfter: 180 * DAY,
  breakLength: 36,
  padding: 0.06,
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
  /** Time → pixel; monotonic; times inside a break map into the break. */
  toPixel: (time: number) => number;
  /** Pixel → time; the inverse of toPixel on segments. */
  toTime: (pixel: number) => number;
}

interface Cluster {
  t0: number;
  t1: number;
  count: number;
}

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

export function createStoryScale(
  input: ScaleInput,
  options: ScaleOptions = DEFAULT_SCALE_OPTIONS,
): StoryScale {
  const marks = (input.marks ?? []).map((t) => ({ start: t, end: t + 1 }));
  const all = [...input.intervals, ...marks];
  const clusters = clusterIntervals(
    all.length > 0 ? all : [{ start: 0, end: DAY }],
    options.breakAfter,
  );

  // Marks do not earn width: only items do.
  for (const cluster of clusters) {
    cluster.count = input.intervals.filter(
      (i) => i.start >= cluster.t0 && i.start < cluster.t1,
    ).length;
  }

  // Pad each cluster so items do not sit on its edge, but never into a quarter of a gap.
  const padded = clusters.map((c, i) => {
    const pad = Math.max((c.t1 - c.t0) * options.padding, DAY);
    const gapBefore = i > 0 ? c.t0 - clusters[i - 1]!.t1 : Infinity;
    const gapAfter = i < clusters.length - 1 ? clusters[i + 1]!.t0 - c.t1 : Infinity;
    return {
      t0: c.t0 - Math.min(pad, gapBefore / 4),
      t1: c.t1 + Math.min(pad, gapAfter / 4),
      count: c.count,
    };
  });

  const breakCount = padded.length - 1;
  // Breaks never take more than a third of the plot, however many quiet stretches there are.
  const breakLength =
    breakCount > 0 ? Math.min(options.breakLength, input.length / 3 / breakCount) : 0;
  const available = input.length - breakCount * breakLength;
  const weights = padded.map((c) => 1 + c.count);
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  const segments: Segment[] = [];
  const breaks: Break[] = [];
  let cursor = 0;
  padded.forEach((cluster, i) => {
    const width = (available * (weights[i] ?? 1)) / totalWeight;
    segments.push({ ...cluster, p0: cursor, p1: cursor + width });
    cursor += width;
    const next = padded[i + 1];
    if (next) {
      breaks.push({ p0: cursor, p1: cursor + breakLength, t0: cluster.t1, t1: next.t0 });
      cursor += breakLength;
    }
  });

  // A polylinear d3 scale: linear inside each segment and inside each break between them.
  const scale = scaleLinear()
    .domain(segments.flatMap((s) => [s.t0, s.t1]))
    .range(segments.flatMap((s) => [s.p0, s.p1]));
  const toPixel = (time: number): number => scale(time);
  const toTime = (pixel: number): number => scale.invert(pixel);

  return { segments, breaks, length: input.length, toPixel, toTime };
}
