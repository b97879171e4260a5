import checksEn from "@/features/studio/i18n/checks.en.json";
import checksNb from "@/features/studio/i18n/checks.nb.json";
import { fillTemplate } from "@/i18n/messages.ts";
import { unhedgedTitles } from "@/story/authoring/hedges.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";
import type { DataPath } from "./story-edit.ts";
import type { LooseStory, StudioProblem } from "./studio-problem.ts";

/*
 * The editorial checklist: what an editor would ask before publishing (who reports this? is
 * the title hedged? who is quoted? is every text translated? does the picture say what it
 * shows, and who made it?). Questions, not errors: the story may build as it is, and the
 * answer is the journalist's. Each check names the field; the caller finds its line.
 */

type Words = typeof checksNb;
const WORDS: Record<Language, Words> = { nb: checksNb, en: checksEn };

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const isRecord = (value: unknown): boolean => Object.keys(asRecord(value)).length > 0;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** Text that is not there: absent, null, or only spaces. */
const isBlank = (value: unknown): boolean =>
  typeof value === "string" ? value.trim() === "" : value === undefined || value === null;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function check(path: DataPath, message: string): StudioProblem {
  return { severity: "check", path, line: 0, message };
}

function languageName(words: Words, lang: Language): string {
  return lang === "nb" ? words.checkLanguageNb : words.checkLanguageEn;
}

function statusName(words: Words, status: string): string {
  const names: Record<string, string> = {
    reported: words.checkStatusReported,
    unconfirmed: words.checkStatusUnconfirmed,
    disputed: words.checkStatusDisputed,
    denied: words.checkStatusDenied,
  };
  return names[status] ?? status;
}

/** Every event names who reports it (and one that is not confirmed, in `reportedBy`). */
function sourceChecks(events: unknown[], words: Words): StudioProblem[] {
  return events.flatMap((item, i) => {
    const event = asRecord(item);
    if (!isRecord(event)) return []; // not an event at all: the schema says so
    if (!isRecord(event.attribution))
      return [check(["events", i, "attribution"], words.checkWhoReports)];
    const reports = asList(asRecord(event.attribution).reportedBy);
    if (event.status === "confirmed" || reports.length > 0) return [];
    return [check(["events", i, "attribution", "reportedBy"], words.checkWhoReports)];
  });
}

function titleChecks(data: LooseStory, words: Words): StudioProblem[] {
  return unhedgedTitles(data).map(({ path, lang, status }) =>
    check(
      path,
      fillTemplate(words.checkUnhedgedTitle, {
        language: languageName(words, lang),
        status: statusName(words, status),
        hedges: lang === "nb" ? words.checkHedgesNb : words.checkHedgesEn,
      }),
    ),
  );
}

/** An event's quote names someone in `people`. */
function quoteChecks(events: unknown[], people: Set<string>, words: Words): StudioProblem[] {
  return events.flatMap((item, i) => {
    const quote = asRecord(asRecord(item).quote);
    if (!isRecord(quote)) return [];
    const by = quote.by;
    const path = ["events", i, "quote", "by"];
    if (typeof by !== "string" || by.trim() === "") return [check(path, words.checkQuoteNoPerson)];
    if (people.has(by)) return [];
    return [check(path, fillTemplate(words.checkQuoteUnknownPerson, { id: by }))];
  });
}

/** A picture says what it shows in every language, and who made it. */
function pictureChecks(events: unknown[], words: Words): StudioProblem[] {
  return events.flatMap((item, i) => {
    const media = asRecord(asRecord(item).media);
    if (!isRecord(media)) return [];
    const alt = asRecord(media.alt);
    const at = ["events", i, "media"];
    return [
      ...LANGUAGES.filter((lang) => isBlank(alt[lang])).map((lang) =>
        check(
          [...at, "alt", lang],
          fillTemplate(words.checkPictureAlt, { language: languageName(words, lang) }),
        ),
      ),
      ...(isBlank(media.credit) ? [check([...at, "credit"], words.checkPictureCredit)] : []),
    ];
  });
}

/** The part of a date that names a day (2025-11-21), unless the date says it is approximate. */
function dayPrecisePath(date: unknown): DataPath | undefined {
  if (typeof date === "string") return DAY.test(date) ? [] : undefined;
  const parts = asRecord(date);
  if (parts.approximate === true) return undefined;
  const key = ["on", "from", "to"].find((k) => typeof parts[k] === "string" && DAY.test(parts[k]));
  return key === undefined ? undefined : [key];
}

/** A day is a claim too: one only reported may not have been confirmed to the day. */
function dateChecks(events: unknown[], words: Words): StudioProblem[] {
  return events.flatMap((item, i) => {
    const event = asRecord(item);
    const status = event.status;
    if (typeof status !== "string" || status === "confirmed") return [];
    const part = dayPrecisePath(event.date);
    if (!part) return [];
    const message = fillTemplate(words.checkDayPrecise, { status: statusName(words, status) });
    return [check(["events", i, "date", ...part], message)];
  });
}

/** A viewpoint's quote the same in both languages has likely not been translated. */
function sameQuoteChecks(viewpoints: unknown[], words: Words): StudioProblem[] {
  return viewpoints.flatMap((item, i) =>
    asList(asRecord(item).quotes).flatMap((quote, j) => {
      const { nb, en } = asRecord(quote);
      if (typeof nb !== "string" || typeof en !== "string" || isBlank(nb)) return [];
      return nb.trim() === en.trim()
        ? [check(["viewpoints", i, "quotes", j, "en"], words.checkSameQuote)]
        : [];
    }),
  );
}

/** Any `{ nb, en }` text, anywhere, with a language missing or empty. */
function translationChecks(node: unknown, path: DataPath, words: Words): StudioProblem[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => translationChecks(item, [...path, i], words));
  const record = asRecord(node);
  const keys = Object.keys(record);
  if (keys.length === 0) return [];
  if (!keys.every((key) => (LANGUAGES as readonly string[]).includes(key))) {
    return keys.flatMap((key) => translationChecks(record[key], [...path, key], words));
  }
  return LANGUAGES.filter((lang) => isBlank(record[lang])).map((lang) =>
    check(
      [...path, lang],
      fillTemplate(words.checkMissingTranslation, { language: languageName(words, lang) }),
    ),
  );
}

/**
 * The checklist for a story's data, in the studio's language: each check once per field (a
 * picture's missing alt text is asked about as such, not again as a missing translation).
 */
export function editorialChecks(data: LooseStory, lang: Language): StudioProblem[] {
  const words = WORDS[lang];
  const events = asList(data.events);
  const people = new Set(
    asList(data.people).flatMap((person) => {
      const id = asRecord(person).id;
      return typeof id === "string" ? [id] : [];
    }),
  );
  const checks = [
    ...sourceChecks(events, words),
    ...titleChecks(data, words),
    ...quoteChecks(events, people, words),
    ...pictureChecks(events, words),
    ...dateChecks(events, words),
    ...sameQuoteChecks(asList(data.viewpoints), words),
    ...translationChecks(data, [], words),
  ];
  const seen = new Set<string>();
  return checks.filter((c) => {
    const key = JSON.stringify(c.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
