import type { TjsDate } from "./types.ts";

const part = (value: number | string | undefined) => String(value ?? "").trim();

/** Whether the slide gives any part of a date at all, readable or not. */
export function hasDateParts(date: TjsDate | undefined): boolean {
  return Boolean(date && (part(date.year) || part(date.month) || part(date.day)));
}

/**
 * A TimelineJS date at the precision it was given: 2024, 2018-02 or 2025-11-21. Null when it has
 * no year, or a part that is not a plain number in range (TimelineJS also allows years before
 * 1 and beyond 9999, which our dates cannot hold): the caller says so rather than guessing.
 */
export function toDatePoint(date: TjsDate): string | null {
  const year = part(date.year);
  const month = part(date.month);
  const day = part(date.day);
  if (!/^\d{1,4}$/.test(year)) return null;
  const yyyy = year.padStart(4, "0");
  if (month === "") return yyyy;
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return null;
  const mm = month.padStart(2, "0");
  if (day === "") return `${yyyy}-${mm}`;
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return null;
  return `${yyyy}-${mm}-${day.padStart(2, "0")}`;
}
