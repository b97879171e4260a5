import { formatStoryDate } from "@/i18n/format-date.ts";
import { getMessages } from "@/i18n/messages.ts";
import { mustParseDatePoint, startOfPoint } from "@/lib/date-point.ts";
import { getSpanBounds } from "@/story/model/story-dates.ts";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { TimeSpan } from "@/story/model/story-focus.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { GEOMETRY, plotRows } from "./timeline-geometry.ts";
import {
  CARD_WIDTH_STEPS,
  cardWidth as estimateCardWidth,
  type CardText,
  spanLabelWidth as estimateSpanWidth,
} from "./label-widths.ts";
import { toTimelineItems, type TimelineItem } from "./timeline-item.ts";
import { oncePerKey } from "@/lib/once-per-object.ts";
import {
  layoutPrepared,
  prepareItems,
  type PreparedItems,
  type TimelineLayout,
} from "./timeline-layout.ts";
import type { BaseBand } from "./plot-context.ts";
import { createStoryScale, type StoryScale } from "./time-scale.ts";
import { IDENTITY } from "./zoom-transform.ts";

/** What does not change while the reader zooms: the scale, the items, the plot's height. */
export interface PlotBase {
  scale: StoryScale;
  /** What the scale was made from, beside the items and "now" (plot-base-seed.ts makes it again). */
  scaleFrom: { length: number; focus: TimeSpan | null };
  /** Every dated event's item, by id. */
  items: ReadonlyMap<string, TimelineItem>;
  /** The shown events' items, prepared for the scale. */
  prepared: PreparedItems;
  lanes: number;
  spanRows: number;
  height: number;
  spanLabelWidth: (id: string) => number;
  /** A label card's width, by event id, where long titles get wider cards at this width. */
  cardWidth?: (id: string) => number;
  /** "Now" on the axis, UTC ms. */
  now: number;
  /** The story's annotation bands, drawn behind the events. */
  bands: BaseBand[];
  /** The row above the lanes for the bands' words: 0 when the story has none. */
  bandRow: number;
}

/** The story's "now": its own, or the day the original was published. */
export function storyNow(index: StoryIndex): number {
  const now = index.story.now ?? index.story.credit.published.slice(0, 10);
  return startOfPoint(mustParseDatePoint(now));
}

/**
 * The part of the wide timeline's model that holds for every zoom: built from every dated
 * event (so filtering threads does not move the axis), and laid out once at zoom 1 to fix the
 * plot's height.
 */
export function createPlotBase(
  index: StoryIndex,
  shown: ReadonlySet<string> | null,
  width: number,
  lang: Language,
): PlotBase {
  const all = toTimelineItems(index.datedEvents);
  const now = storyNow(index);
  // The story's key stretch gets most of the width; the years before it are a strip of context.
  const scaleFrom = { length: Math.max(width, 1), focus: index.focus };
  const scale = createStoryScale({ intervals: all, marks: [now], ...scaleFrom });
  // Labels are as wide as their words need (label-widths.ts); text is not measured in layout.
  const words = getMessages(lang).statusWord;
  const claimed = (event: StoryEvent | undefined) =>
    event && event.status !== "confirmed" ? words[event.status] : undefined;
  const spanLabelWidth = (id: string) => {
    const event = index.events.get(id);
    return estimateSpanWidth(event?.title[lang] ?? "", claimed(event), GEOMETRY.spanLabelWidth);
  };
  const textOf = oncePerKey((id): CardText => {
    const event = index.events.get(id);
    if (!event) return { title: "", date: "" };
    return {
      title: event.title[lang],
      date: formatStoryDate(event.date, lang, "short"),
      status: claimed(event),
    };
  });
  const prepared = prepareItems(all, scale);
  const fitWith = (cardWidth?: (id: string) => number) =>
    layoutPrepared(prepared, IDENTITY, {
      viewport: width,
      labelWidth: GEOMETRY.labelWidth,
      ...(cardWidth && { cardWidth }),
      maxLanes: GEOMETRY.maxLanes,
      maxSpanRows: GEOMETRY.maxSpanRows,
      spanLabelWidth,
    });
  // Cards as wide as long titles need, up to the widest at which every event keeps a label of
  // its own, as at the usual width: an event's own label beats a whole title. Where the usual
  // width already folds events into "+N" badges (a crowded story), cards keep it.
  // Every label whole in view: none folded into a badge, none left cut by the plot's edge.
  const whole = (layout: TimelineLayout) =>
    layout.clusters.length === 0 && layout.points.every((p) => p.labelX + p.labelWidth <= width);
  let fit = fitWith();
  let cardWidth: ((id: string) => number) | undefined;
  for (const max of whole(fit) ? CARD_WIDTH_STEPS : []) {
    const wide = oncePerKey((id) => estimateCardWidth(textOf(id), GEOMETRY.labelWidth, max));
    const wideFit = fitWith(wide);
    if (whole(wideFit)) {
      [fit, cardWidth] = [wideFit, wide];
      break;
    }
  }
  const lanes = Math.max(GEOMETRY.minLanes, fit.lanesUsed);
  const spanRows = Math.max(1, fit.spanRowsUsed);
  const bands = index.story.annotations.map((a) => ({
    id: a.id,
    ...getSpanBounds(a),
    label: a.label,
  }));
  const bandRow = bands.length > 0 ? GEOMETRY.bandRow : 0;
  return {
    scale,
    scaleFrom,
    items: new Map(all.map((item) => [item.id, item])),
    prepared: prepareItems(shown ? all.filter((item) => shown.has(item.id)) : all, scale),
    lanes,
    spanRows,
    height: plotRows(lanes, spanRows, bandRow).height,
    spanLabelWidth,
    ...(cardWidth && { cardWidth }),
    now,
    bands,
    bandRow,
  };
}
