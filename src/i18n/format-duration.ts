import type { Language } from "@/story/model/vocabulary.ts";
import { LOCALE_TAGS } from "./format-date.ts";

type Duration = { years: number } | { months: number } | { days: number };
type Unit = "year" | "month" | "day";

// Made once per language and unit: the first number format a page makes loads locale data.
const formats = new Map<string, Intl.NumberFormat>();

function durationFormat(language: Language, unit: Unit): Intl.NumberFormat {
  const key = `${language}|${unit}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALE_TAGS[language], {
      style: "unit",
      unit,
      unitDisplay: "long",
    });
    formats.set(key, found);
  }
  return found;
}

/** "6 år", "3 months", "1 day": a length of time in words, by Intl. */
export function formatDuration(duration: Duration, language: Language): string {
  const [unit, value] =
    "years" in duration
      ? (["year", duration.years] as const)
      : "months" in duration
        ? (["month", duration.months] as const)
        : (["day", duration.days] as const);
  return durationFormat(language, unit).format(value);
}

/** As prepareDateFormats (format-date.ts), for the gaps the phone's timeline names. */
export function prepareDurationFormats(language: Language): void {
  for (const unit of ["year", "month", "day"] as const) durationFormat(language, unit);
}
