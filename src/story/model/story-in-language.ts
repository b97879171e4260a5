import type { Story } from "./story.ts";
import { LANGUAGES, type Language } from "./vocabulary.ts";

/**
 * The story with its text in one language only: what a page embeds for hydration. The other
 * languages are about a third of a story's data, and a reader rarely switches; the page loads
 * them when asked (src/app/all-languages.ts). Without them the page's HTML fits in the first
 * round trip a phone makes.
 *
 * The result keeps the Story type but holds text in `lang` alone, so it must only be read in
 * `lang`: StoryProvider shows the reader's language only once its text is loaded.
 */
export function storyInLanguage(story: Story, lang: Language): Story {
  return keepLanguage(story, lang) as Story;
}

function keepLanguage(value: unknown, lang: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => keepLanguage(item, lang));
  if (value === null || typeof value !== "object") return value;
  if (isLocalizedText(value)) return { [lang]: value[lang] };
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, keepLanguage(item, lang)]),
  );
}

/** `{ nb: "…", en: "…" }`: the shape of every text a reader sees (LocalizedText). */
function isLocalizedText(value: object): value is Record<Language, string> {
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(
      ([key, text]) => (LANGUAGES as readonly string[]).includes(key) && typeof text === "string",
    )
  );
}

/** A text in `lang` if the data holds it, else in `fallback` (a language it does hold). */
export function textIn(text: Record<Language, string>, lang: Language, fallback: Language): string {
  return (text as Partial<Record<Language, string>>)[lang] ?? text[fallback];
}

/** The languages a story's data holds text in: all of them, or the one storyInLanguage kept. */
export function languagesIn(story: Story): Language[] {
  return story.languages.filter((lang) => typeof story.title[lang] === "string");
}
