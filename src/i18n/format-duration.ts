import type { Language } from "@/story/model/vocabulary.ts";
import { oncePerKey } from "@/lib/once-per-object.ts";
import { LOCALE_TAGS } from "./format-date.ts";
import { intlText } from "./intl-texts.ts";

type Duration = { years: number } | { months: number } | { days: number };

// Made once per locale and unit ("nb-NO year").
const durationFormat = oncePerKey((localeAndUnit) => {
  const [locale, unit] = localeAndUnit.split(" ");
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" });
});

/** "6 år", "3 months", "1 day": a length of time in words, by Intl. */
export function formatDuration(duration: Duration, language: Language): string {
  const [unit, value] =
    "years" in duration
      ? (["year", duration.years] as const)
      : "months" in duration
        ? (["month", duration.months] as const)
        : (["day", duration.days] as const);
  return intlText(`duration|${language}|${unit}|${value}`, () =>
    durationFormat(`${LOCALE_TAGS[language]} ${unit}`).format(value),
  );
}
