import { getMessages } from "@/i18n/messages.ts";
import { mustParseDatePoint, startOfPoint } from "@/lib/date-point.ts";
import { getSpanBounds } from "@/story/model/story-dates.ts";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { GEOMETRY, plotRows } from "./timeline-geometry.ts";
import { toTimelineItems, type TimelineItem } from "./timeline-item.ts";
import { layoutPrepared, prepareItems, type PreparedItems } from "./timeline-layout.ts";
import type { BaseBand } from "./plot-context.ts";
import { createStoryScale, type StoryScale } from "./time-scale.ts";
import { IDENTITY } from "./zoom-transform.ts";

/** What does not change while the reader zooms: the scale, the items, the plot's height. */
export interface PlotBase {
  scale: StoryScale;
  /** Every dated event's item, by id. */
  items: ReadonlyMap<string, TimelineItem>;
  /** The shown events' items, prepared for the scale. */
  prepared: PreparedItems;
  lanes: number;
  spanRows: number;
  height: number;
  spanLabelWidth: (id: string) => number;
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
  const scale = createStoryScale({
    intervals: all,
    marks: [now],
    length: Math.max(width, 1),
    focus: index.focus,
  });
  // A period's label needs about as much room as its title, and its status word unless it is
  // confirmed (status-marks.css); text is not measured in layout.
  const words = getMessages(lang).statusWord;
  const spanLabelWidth = (id: string) => {
    const event = index.events.get(id);
    const status =
      event && event.status !== "confirmed" ? 16 + 6.6 * words[event.status].length : 0;
    return Math.min(GEOMETRY.spanLabelWidth, 24 + 7.4 * (event?.title[lang].length ?? 20) + status);
  };
  const fit = layoutPrepared(prepareItems(all, scale), IDENTITY, {
    viewport: width,
    labelWidth: GEOMETRY.labelWidth,
    maxLanes: GEOMETRY.maxLanes,
    maxSpanRows: GEOMETRY.maxSpanRows,
    spanLabelWidth,
  });
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
    items: new Map(all.map((item) => [item.id, item])),
    prepared: prepareItems(shown ? all.filter((item) => shown.has(item.id)) : all, scale),
    lanes,
    spanRows,
    height: plotRows(lanes, spanRows, bandRow).height,
    spanLabelWidth,
    now,
    bands,
    bandRow,
  };
}
