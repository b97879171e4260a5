import type { ClaimStatus, EventKind, StoryEvent } from "@/story/model/types.ts";
import { getDateBounds } from "@/story/model/story-dates.ts";

/** What the layout needs to know about an event: its id, its time, and how it is drawn. */
export interface TimelineItem {
  id: string;
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive. */
  end: number;
  /** Drawn as a bar across its time (a range or a period), not a point. */
  span: boolean;
  /** Approximate or relative: drawn with soft edges. */
  fuzzy: boolean;
  kind: EventKind;
  status: ClaimStatus;
}

const SPAN_MIN = 7 * 86_400_000;

/** Turns dated story events into layout items. Undated events are not on the time axis. */
export function toTimelineItems(events: readonly StoryEvent[]): TimelineItem[] {
  return events
    .filter((event) => event.date.kind !== "undated")
    .map((event) => {
      const bounds = getDateBounds(event.date);
      return {
        id: event.id,
        start: bounds.start,
        end: bounds.end,
        // A weekend is a moment on a timeline; a season is a span.
        span:
          (event.date.kind === "range" || event.date.kind === "recent") &&
          bounds.end - bounds.start > SPAN_MIN,
        fuzzy: bounds.fuzzy,
        kind: event.kind,
        status: event.status,
      };
    });
}

/** Where a point item sits on the axis: the middle of the day, month or year it names. */
export function itemAnchor(item: TimelineItem): number {
  return item.start + (item.end - item.start) / 2;
}
