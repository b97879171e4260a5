import { endOfPoint, mustParseDatePoint, startOfPoint, type Precision } from "@/lib/date-point.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { StoryDate } from "@/story/model/types.ts";
import { intlText } from "./intl-texts.ts";

/** Locale tags for Intl. The original English edition of our first source was US English. */
export const LOCALE_TAGS: Record<Language, string> = { nb: "nb-NO", en: "en-GB" };

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
};

/** The same, with months in short words ("21. nov. 2025", "21 Nov 2025"). */
const SHORT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "short" },
  day: { year: "numeric", month: "short", day: "numeric" },
};

export type DateLength = "long" | "short";

// Creating Intl formatters is slow; a timeline formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE_TAGS[language], options);
    formatters.set(key, found);
  }
  return found;
}

const calendarFormatters = new Map<string, Intl.DateTimeFormat>();

/** Calendar dates are stored as UTC midnights, so they are always formatted in UTC. */
function calendarFormatter(language: Language, precision: Precision, length: DateLength = "long") {
  // Keyed without JSON.stringify: this runs for every date label on every render.
  const key = `${language}|${precision}|${length}`;
  let found = calendarFormatters.get(key);
  if (!found) {
    const options = length === "long" ? PRECISION_OPTIONS : SHORT_OPTIONS;
    found = formatter(language, { ...options[precision], timeZone: "UTC" });
    calendarFormatters.set(key, found);
  }
  return found;
}

/**
 * Makes the language's long date format ahead, for a long list whose rows further on the
 * browser dates itself: the first format of a page loads the locale's data, a task of some
 * hundreds of milliseconds on a slow phone, which a tap would otherwise wait for.
 */
export function warmDateFormat(language: Language): void {
  calendarFormatter(language, "day").format(0);
}

/** The key a date point's text is remembered under (intl-texts.ts). */
function dateKey(language: Language, length: DateLength, point: string): string {
  return `date|${language}|${length}|${point}`;
}

/** The same for its long text, which the page's `<time>` elements show (shown-dates.ts). */
export const longDateKey = (language: Language, point: string) => dateKey(language, "long", point);

/** `2025-11-21` → "21. november 2025" / "21 November 2025"; `2018-02` → "februar 2018". */
export function formatDatePoint(
  point: string,
  language: Language,
  length: DateLength = "long",
): string {
  return intlText(dateKey(language, length, point), () => {
    const parts = mustParseDatePoint(point);
    return calendarFormatter(language, parts.precision, length).format(startOfPoint(parts));
  });
}

/** `2014`–`2017` → "2014–2017"; days in one month → "29.–30. november 2025". */
export function formatDateRange(
  from: string,
  to: string,
  language: Language,
  length: DateLength = "long",
): string {
  return intlText(`range|${language}|${length}|${from}/${to}`, () => {
    const start = mustParseDatePoint(from);
    const end = mustParseDatePoint(to);
    if (start.precision !== end.precision) {
      return `${formatDatePoint(from, language, length)}–${formatDatePoint(to, language, length)}`;
    }
    // formatRange takes the last instant inside the range's final unit.
    const lastInstant = Math.max(startOfPoint(start), endOfPoint(end) - 1);
    return calendarFormatter(language, start.precision, length).formatRange(
      startOfPoint(start),
      lastInstant,
    );
  });
}

/**
 * From one day to another (UTC ms, both inside the range) in short words, the year once:
 * "21. nov.–1. des. 2025", "21 Nov – 1 Dec 2025"; one day when both are the same.
 */
export function formatDayRange(start: number, end: number, language: Language): string {
  return intlText(`days|${language}|${start}/${end}`, () => {
    const options = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
    return formatter(language, options).formatRange(start, Math.max(start, end));
  });
}

/** The exact dates behind a story date, in words, without the author's label. */
export function formatExactDate(
  date: StoryDate,
  language: Language,
  length: DateLength = "long",
): string {
  switch (date.kind) {
    case "point":
      return formatDatePoint(date.at, language, length);
    case "range":
      return formatDateRange(date.from, date.to, language, length);
    case "recent":
    case "undated":
      return formatDatePoint(date.asOf, language, length);
  }
}

/**
 * How the date reads on screen: the author's label when there is one, else the exact date
 * (`short` months where room is scarce, as on the wide plot's cards).
 */
export function formatStoryDate(
  date: StoryDate,
  language: Language,
  length: DateLength = "long",
): string {
  if (date.label) return date.label[language];
  return formatExactDate(date, language, length);
}

/**
 * A published/updated time in the story's time zone: "3. desember 2025 kl. 09:00", or with
 * `medium` "3. des. 2025, 09:00" (the header's updated line, which must fit a 320 px phone).
 */
export function formatDateTime(
  iso: string,
  language: Language,
  timeZone: string,
  dateStyle: "long" | "medium" = "long",
): string {
  return intlText(`time|${language}|${dateStyle}|${timeZone}|${iso}`, () =>
    formatter(language, { dateStyle, timeStyle: "short", timeZone }).format(new Date(iso)),
  );
}
