/**
 * Calendar dates at the precision the reporting gives: a year (`2024`), a month (`2018-02`)
 * or a day (`2025-11-21`). Kept as ISO strings in the data so the story stays plain JSON;
 * these helpers turn them into numbers for layout and sorting.
 */

export type Precision = "year" | "month" | "day";

export interface DateParts {
  year: number;
  /** 1–12, absent at year precision. */
  month?: number;
  /** 1–31, absent at year and month precision. */
  day?: number;
  precision: Precision;
}

const POINT_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * UTC ms of a calendar day. Date.UTC reads years 0–99 as 1900–1999; the story format's years
 * are four digits and mean what they say (`0099-05-05` is in the year 99).
 */
export function utcDay(year: number, monthIndex: number, day: number): number {
  // Date.UTC alone from the year 100 on: a long story works out thousands of these at start.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year + Math.floor(monthIndex / 12), ((monthIndex % 12) + 12) % 12, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month, 0)).getUTCDate();
}

/** Returns the parts of an ISO date point, or `undefined` when it is malformed or not a real date. */
export function parseDatePoint(value: string): DateParts | undefined {
  const match = POINT_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day" };
}

export function isDatePointShape(value: string): boolean {
  return POINT_PATTERN.test(value);
}

/** First instant (UTC milliseconds) covered by the date point. */
export function startOfPoint(parts: DateParts): number {
  return utcDay(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** First instant after the date point: a day, month or year later than its start. */
export function endOfPoint(parts: DateParts): number {
  if (parts.precision === "year") return utcDay(parts.year + 1, 0, 1);
  if (parts.precision === "month") return utcDay(parts.year, parts.month ?? 1, 1);
  return utcDay(parts.year, (parts.month ?? 1) - 1, (parts.day ?? 1) + 1);
}

/** Parses a point that the schema has already checked; throws only on a programming error. */
export function mustParseDatePoint(value: string): DateParts {
  const parts = parseDatePoint(value);
  if (!parts) throw new Error(`Not a valid date point: "${value}"`);
  return parts;
}
