import type { Language } from "@/story/model/vocabulary.ts";
import { LOCALE_TAGS } from "./format-date.ts";

type Duration = { years: number } | { months: number } | { days: number };

/** "6 år", "3 months", "1 day": a length of time in words, by Intl. */
export function formatDuration(duration: Duration, language: Language): string {
  const [unit, value] =
    "years" in duration
      ? (["year", duration.years] as const)
      : "months" in duration
        ? (["month", duration.months] as const)
        : (["day", duration.days] as const);
  return new Intl.NumberFormat(LOCALE_TAGS[language], {
    style: "unit",
    unit,
    unitDisplay: "long",
  }).format(value);
}
