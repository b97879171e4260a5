/**
 * Dates for the events table: a small normaliser from the YAML's forms to the app's StoryDate
 * (only when every part is a real date, since formatStoryDate expects a valid one), the text
 * shown, and a key to sort by.
 */
import { parseDatePoint, startOfPoint } from "@/lib/date-point.ts";
import { formatExactDate } from "@/i18n/format-date.ts";
import type { StoryDate } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { isRecentUnit, readDate } from "./date-value.ts";
import { isBlank, type Pair } from "./loose.ts";

function valid(point: string): boolean {
  return parseDatePoint(point) !== undefined;
}

function labelOf(label: Pair | undefined): { label?: Pair } {
  return label && !isBlank(label.nb) && !isBlank(label.en) ? { label } : {};
}

/** The date as the app models it, or undefined while any part of it is not a real date. */
export function toStoryDate(value: unknown): StoryDate | undefined {
  const form = readDate(value);
  const label = labelOf(form.label);
  switch (form.precision) {
    case "day":
    case "month":
    case "year":
    case "approximate":
      if (!valid(form.point)) return undefined;
      return { kind: "point", at: form.point, approximate: form.approximate, ...label };
    case "range":
      if (!valid(form.from) || !valid(form.to)) return undefined;
      return {
        kind: "range",
        from: form.from,
        to: form.to,
        approximate: form.approximate,
        ...label,
      };
    case "recent":
      if (!valid(form.asOf) || !label.label) return undefined;
      if (!isRecentUnit(form.within)) return undefined;
      return { kind: "recent", within: form.within, asOf: form.asOf, label: label.label };
    case "undated":
      if (!valid(form.asOf) || !label.label) return undefined;
      return { kind: "undated", asOf: form.asOf, label: label.label };
  }
}

export interface DateWords {
  /** The exact dates in words, or the raw value while it is not a valid date. */
  text: string;
  /** The author's label, when there is one. */
  label: string | undefined;
  approximate: boolean;
  /** recent and undated dates are "as of" their date. */
  asOf: boolean;
  valid: boolean;
}

export function describeDate(value: unknown, lang: Language): DateWords {
  const date = toStoryDate(value);
  if (date === undefined) {
    const raw =
      typeof value === "string" || typeof value === "number"
        ? String(value)
        : JSON.stringify(value);
    return { text: raw ?? "", label: undefined, approximate: false, asOf: false, valid: false };
  }
  return {
    text: formatExactDate(date, lang),
    label: date.label?.[lang],
    approximate: (date.kind === "point" || date.kind === "range") && date.approximate,
    asOf: date.kind === "recent" || date.kind === "undated",
    valid: true,
  };
}

/**
 * Where an event sorts: by its start, recent ones at their as-of date, then the undated ones
 * (as the reader sees them), then dates that are not valid yet. Returns [group, start].
 */
export function dateSortKey(value: unknown): readonly [number, number] {
  const date = toStoryDate(value);
  if (date === undefined) return [2, 0];
  const point = date.kind === "point" ? date.at : date.kind === "range" ? date.from : date.asOf;
  const parts = parseDatePoint(point);
  const start = parts ? startOfPoint(parts) : 0;
  return [date.kind === "undated" ? 1 : 0, start];
}

export function compareDates(a: unknown, b: unknown): number {
  const [groupA, startA] = dateSortKey(a);
  const [groupB, startB] = dateSortKey(b);
  return groupA - groupB || startA - startB;
}

/** Today as YYYY-MM-DD on the journalist's own calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
