import type { Language } from "@/story/model/vocabulary.ts";
import { longDateKey } from "./format-date.ts";

/**
 * The page's own `<time>` elements already say the dates it shows in words: StoryDateView writes
 * every date point (`2025-11-21`, `2018-02`, `2014`) as `<time dateTime="…">`, with
 * formatDatePoint's long text inside. The texts a page brings for hydration (intl-texts.ts) leave
 * those out, and the browser reads them back from the page: their keys were most of what the
 * texts cost a page's first response (14 KB at most).
 *
 * Both sides read a point only where every `<time>` of it says the same.
 */

const DATE_POINT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const TIME_ELEMENT = /<time dateTime="([^"]*)">([^<]*)<\/time>/g;

/**
 * The server's side: `texts` without the long dates that `html` shows, word for word, in its
 * `<time>` elements of date points, where the browser will find them (`shownDates`).
 */
export function withoutShownDates(
  texts: Record<string, string>,
  html: string,
  lang: Language,
): Record<string, string> {
  const shown = consistent(
    [...html.matchAll(TIME_ELEMENT)].map(([, point = "", text = ""]) => [point, text]),
    lang,
  );
  return Object.fromEntries(Object.entries(texts).filter(([key, text]) => shown[key] !== text));
}

/** The browser's side: the long dates the page's `<time>` elements show, by their keys. */
export function shownDates(root: ParentNode, lang: Language): Record<string, string> {
  const times = [...root.querySelectorAll("time[datetime]")]
    // As the server wrote it: one text, nothing nested.
    .filter((time) => time.childElementCount === 0)
    .map((time) => [time.getAttribute("datetime") ?? "", time.textContent ?? ""] as const);
  return consistent(times, lang);
}

/** Point → text as texts' keys, for the points whose every element says the same. */
function consistent(
  times: readonly (readonly [string, string])[],
  lang: Language,
): Record<string, string> {
  const texts = new Map<string, string | null>();
  for (const [point, text] of times) {
    if (!DATE_POINT.test(point) || !text) continue;
    const key = longDateKey(lang, point);
    const before = texts.get(key);
    texts.set(key, before === undefined || before === text ? text : null);
  }
  return Object.fromEntries(
    [...texts].filter((entry): entry is [string, string] => entry[1] !== null),
  );
}
