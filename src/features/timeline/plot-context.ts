import type { Localized } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { compareIds } from "./lane-packing.ts";
import { plotKey, type PlotBand, type PlotContext, type PlotText } from "./plot-types.ts";
import { GEOMETRY } from "./timeline-geometry.ts";
import type { StoryScale } from "./time-scale.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

/*
 * The parts of the render model that mark stretches of time rather than events: the context
 * strip outside the story's focus, and the story's annotation bands. Pure, like plot-model.ts.
 */

/**
 * What is drawn: the view, `width` px from `left` (0 unless the model keeps an earlier
 * layout's pixels, plot-model.ts), and the drawn range (the view and its overscan).
 */
export interface PlotWindow {
  width: number;
  left?: number;
  from: number;
  to: number;
}

/** The view's left and right edges in the window's pixels. */
const edgesOf = ({ left = 0, width }: PlotWindow) => [left, left + width] as const;

/** An annotation band as the base holds it: its time, UTC ms [start, end), and its words. */
export interface BaseBand {
  id: string;
  start: number;
  end: number;
  label: Localized;
}

/** The context word's width: 11 px capitals, widely spaced, estimated generously. */
export const contextLabelWidth = (text: string) => 10 + 8.8 * text.length;

const INSET = 6;
const NONE: PlotContext = { strips: [], edges: [], label: null };

/**
 * The strips of compressed time before and after the focus, the lines where the focus starts
 * and ends, and the word for the strip before it in the axis's lower row, from the strip's
 * start, where it fits whole and clear of `avoid` (the "now" label's extent).
 */
export function getPlotContext(
  scale: StoryScale,
  transform: ZoomTransform1D,
  view: PlotWindow,
  labelTop: number,
  word: string,
  avoid: { x0: number; x1: number } | null,
): PlotContext {
  const { focus, length } = scale;
  if (!focus || (focus.p0 <= 0 && focus.p1 >= length)) return NONE;
  const f0 = transform.apply(focus.p0);
  const f1 = transform.apply(focus.p1);
  const clip = (x0: number, x1: number) => ({
    x0: Math.max(x0, view.from),
    x1: Math.min(x1, view.to),
  });
  const before = focus.p0 > 0 ? clip(transform.apply(0), f0) : null;
  const after = focus.p1 < length ? clip(f1, transform.apply(length)) : null;
  const strips = [before, after].filter((s) => s !== null && s.x1 > s.x0) as PlotContext["strips"];
  const edges = [before ? f0 : null, after ? f1 : null].filter(
    (x): x is number => x !== null && x >= view.from && x <= view.to,
  );

  let label: PlotText | null = null;
  const [viewLeft, viewRight] = edgesOf(view);
  if (before && before.x1 > viewLeft && before.x0 < viewRight) {
    const left = Math.max(before.x0, viewLeft) + INSET;
    const right = left + contextLabelWidth(word);
    const fits = right <= Math.min(before.x1, viewRight) - INSET;
    const clear = !avoid || right < avoid.x0 || left > avoid.x1;
    if (fits && clear) label = { key: plotKey.context, left, top: labelTop, text: word };
  }
  return { strips, edges, label };
}

/** A band's words: 12 px bold, estimated generously (text is not measured in layout). */
export const bandLabelWidth = (text: string) => 8 + 7.4 * text.length;

/**
 * The annotation bands in the drawn range: each spans the plot above the axis, from its start
 * to its end. Its words start at its start (or the view's left edge) and may run past a short
 * band's end, as far as the next band's words or the plot's edge; where even that is too short
 * they move left to end there, as far as the previous band's words or the plot's left edge
 * (a week at 568 px is narrower than its label, which was cut to "Ultimatumet Trump skal ha…").
 * Text that still does not fit is cut by CSS; the DOM holds all of it.
 */
export function getPlotBands(
  bands: readonly BaseBand[],
  scale: StoryScale,
  transform: ZoomTransform1D,
  view: PlotWindow,
  axisY: number,
  lang: Language,
): PlotBand[] {
  const placed = bands
    .map((band) => ({
      band,
      x0: transform.apply(scale.toPixel(band.start)),
      x1: transform.apply(scale.toPixel(band.end)),
    }))
    .filter(({ x0, x1 }) => x1 >= view.from && x0 <= view.to)
    .sort((a, b) => a.x0 - b.x0 || compareIds(a.band.id, b.band.id));
  const [viewLeft, viewRight] = edgesOf(view);
  const starts = placed.map(({ x0, x1 }) => (x0 < viewLeft && x1 > viewLeft ? viewLeft : x0) + 4);
  let previousEnd = -Infinity;
  return placed.map(({ band, x0, x1 }, i): PlotBand => {
    const text = band.label[lang];
    const inView = x0 < viewRight && x1 > viewLeft;
    const right = Math.min(inView ? viewRight : Infinity, (starts[i + 1] ?? Infinity) - 8) - 4;
    const floor = Math.max(inView ? viewLeft + 4 : -Infinity, previousEnd + 8);
    const left = Math.max(floor, Math.min(starts[i]!, right - bandLabelWidth(text)));
    const width = Math.max(0, right - left);
    previousEnd = left + Math.min(width, bandLabelWidth(text));
    const bx0 = Math.max(x0, view.from - 4);
    const bx1 = Math.min(x1, view.to + 4);
    return {
      id: band.id,
      band: { left: bx0, top: 0, width: Math.max(1, bx1 - bx0), height: axisY },
      label: { left, top: 3, width, height: GEOMETRY.bandRow - 6 },
      text,
      from: band.start,
      to: band.end - 1,
    };
  });
}
