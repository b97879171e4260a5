/**
 * Defensive readers for the story's data as the YAML holds it: it may be half-written, so
 * every field is checked before use and falls back to an empty value of the expected kind.
 */
import type { DataPath } from "@/features/studio/model/story-edit.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";

export type Loose = Record<string, unknown>;

export function isRecord(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A map, or an empty one when the value is something else. */
export function rec(value: unknown): Loose {
  return isRecord(value) ? value : {};
}

/** A list, or an empty one when the value is something else. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Text for an input: strings as they are, numbers (YAML reads `2024` as one) as digits. */
export function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

export type Pair = Record<Language, string>;

/** The nb and en texts of a localized field, empty where missing. */
export function pair(value: unknown): Pair {
  const map = rec(value);
  return { nb: str(map["nb"]), en: str(map["en"]) };
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** True when one language has text and the other has none. */
export function halfTranslated(value: unknown): boolean {
  const texts = pair(value);
  const blanks = LANGUAGES.filter((lang) => isBlank(texts[lang])).length;
  return blanks > 0 && blanks < LANGUAGES.length;
}

/** A list of ids, skipping anything that is not text. */
export function idList(value: unknown): string[] {
  return list(value)
    .map((item) => str(item))
    .filter((item) => item !== "");
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (typeof key === "number") {
      if (!Array.isArray(here)) return undefined;
      here = here[key];
    } else {
      if (!isRecord(here)) return undefined;
      here = here[key];
    }
  }
  return here;
}

/** An entry's name in the studio's language, falling back to the other language and the id. */
export function displayName(value: unknown, lang: Language, fallback: string): string {
  const texts = pair(value);
  const other: Language = lang === "nb" ? "en" : "nb";
  if (!isBlank(texts[lang])) return texts[lang];
  if (!isBlank(texts[other])) return texts[other];
  return fallback;
}

/** The entries of a collection (sources, people…) that have an id, with their file index. */
export interface Entry {
  index: number;
  id: string;
  item: Loose;
}

export function entries(value: unknown): Entry[] {
  return list(value).map((item, index) => {
    const map = rec(item);
    return { index, id: str(map["id"]), item: map };
  });
}

/** Every localized text of an event that lacks one of its languages. */
export function eventHasMissingTranslation(event: Loose): boolean {
  const attribution = rec(event["attribution"]);
  const media = rec(event["media"]);
  const texts: unknown[] = [
    event["title"],
    event["text"],
    rec(event["date"])["label"],
    rec(event["quote"])["text"],
    media["alt"],
    media["caption"],
    ...list(attribution["reportedBy"]).map((report) => rec(report)["detail"]),
  ];
  const title = pair(event["title"]);
  return isBlank(title.nb) || isBlank(title.en) || texts.some(halfTranslated);
}
