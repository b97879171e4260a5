import { getDateBounds } from "@/story/model/story-dates.ts";
import type { StoryDate } from "@/story/model/types.ts";

/** A stretch of the list under one heading: a year ("2021") or a month ("2021-03"). */
export interface EventGroup<E> {
  /** `YYYY` or `YYYY-MM`: a date point, so it formats like any other date. */
  period: string | null;
  events: E[];
}

/** Up to this many events read fine as one list; beyond it the list gets period headings. */
export const GROUP_FROM = 40;
/** A year with more events than this is split into months. */
const MAX_PER_YEAR = 60;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Splits a long story's dated events, in reading order, into consecutive groups by the year
 * (or, when some year is crowded, the month) in which each starts. A short story stays one
 * group without a heading. Headings help a reader find their way in hundreds of events, and
 * they let the browser skip rendering whole groups that are off screen.
 */
export function groupEvents<E extends { date: StoryDate }>(events: readonly E[]): EventGroup<E>[] {
  if (events.length === 0) return [];
  if (events.length <= GROUP_FROM) return [{ period: null, events: [...events] }];
  const starts = events.map((event) => new Date(getDateBounds(event.date).start));
  const years = new Map<number, number>();
  for (const start of starts)
    years.set(start.getUTCFullYear(), (years.get(start.getUTCFullYear()) ?? 0) + 1);
  const byMonth = [...years.values()].some((count) => count > MAX_PER_YEAR);
  const periodOf = (start: Date) =>
    byMonth
      ? `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}`
      : String(start.getUTCFullYear());

  const groups: EventGroup<E>[] = [];
  events.forEach((event, i) => {
    const period = periodOf(starts[i]!);
    const last = groups[groups.length - 1];
    if (last && last.period === period) last.events.push(event);
    else groups.push({ period, events: [event] });
  });
  return groups;
}
