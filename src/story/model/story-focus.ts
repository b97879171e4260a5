import type { Story } from "./story.ts";
import type { StoryEvent } from "./types.ts";
import { getDateBounds, getSpanBounds } from "./story-dates.ts";

/**
 * The stretch of a story's time the wide timeline opens on: the story's own `focus`, or else
 * its newest busy stretch. Pure: the timeline's scale gives this stretch most of the width.
 */

const DAY = 86_400_000;

/** A stretch of time in UTC ms: [start, end). */
export interface TimeSpan {
  start: number;
  end: number;
}

/** Events at most this far apart (end of one to start of the next) are one busy stretch. */
export const BUSY_GAP = 14 * DAY;
/** A busy stretch has at least this many events. */
export const BUSY_COUNT = 3;
/** Dates longer than a week are periods: they say when, not how busy, and are left out. */
const MOMENT = 7 * DAY;
/** A stretch as long as a third of the story's time is no focus: the story is busy throughout. */
const MAX_SHARE = 1 / 3;

/**
 * The newest stretch of at least BUSY_COUNT events each within BUSY_GAP of the one before, with
 * a few days' margin either side (a fifth of its length, 1 to 7 days), on whole UTC days. Null
 * when there is none, or when it covers a third or more of the story's time (`dates`: every
 * dated event's bounds, periods too).
 */
export function findBusyStretch(dates: readonly TimeSpan[]): TimeSpan | null {
  const moments = dates
    .filter((d) => d.end - d.start <= MOMENT)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let run: (TimeSpan & { count: number }) | null = null;
  let busiest: TimeSpan | null = null;
  for (const moment of moments) {
    if (run && moment.start - run.end <= BUSY_GAP) {
      run.end = Math.max(run.end, moment.end);
      run.count += 1;
    } else {
      run = { ...moment, count: 1 };
    }
    if (run.count >= BUSY_COUNT) busiest = { start: run.start, end: run.end };
  }
  if (!busiest) return null;
  const whole = Math.max(...dates.map((d) => d.end)) - Math.min(...dates.map((d) => d.start));
  const length = busiest.end - busiest.start;
  if (length >= whole * MAX_SHARE) return null;
  const margin = Math.min(7, Math.max(1, Math.round((length * 0.2) / DAY))) * DAY;
  return {
    start: Math.floor((busiest.start - margin) / DAY) * DAY,
    end: Math.ceil((busiest.end + margin) / DAY) * DAY,
  };
}

/**
 * The story's focus: its own, else its newest busy stretch (null: the whole story is the view).
 * Worked out once, by buildStoryIndex: read it as `index.focus`.
 */
export function getStoryFocus(story: Story, datedEvents: readonly StoryEvent[]): TimeSpan | null {
  if (story.focus) return getSpanBounds(story.focus);
  return findBusyStretch(datedEvents.map((event) => getDateBounds(event.date)));
}

/**
 * How many of the first events (in date order) are context: each starts before the focus does.
 * The phone's timeline folds them away, so its first screen opens on the focus. A stretch that
 * began before the focus and runs into it ("in recent months") is the lead-up, and is folded
 * with the rest: kept in view, three such stretches pushed the call and the deadline of the
 * bundled story below a phone's first screen.
 */
export function countContextEvents(bounds: readonly TimeSpan[], focus: TimeSpan | null): number {
  if (!focus) return 0;
  const first = bounds.findIndex((span) => span.start >= focus.start);
  return first === -1 ? bounds.length : first;
}
