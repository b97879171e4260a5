import type { Story } from "../story/story.ts";
import { isStoryShaped } from "../story/story-shape.ts";

/**
 * The story in every language, for a page that embedded only its own (storyInLanguage). It is
 * a file of its own, loaded once: when the reader asks for another language or points at the
 * language switch, or a journalist opens the embed builder. Until then nobody pays for text
 * they do not read. StoryRoot listens, and swaps the story in when it arrives.
 */
let source: string | null = null;
let pending: Promise<Story | null> | null = null;
let loaded: Story | null = null;
const listeners = new Set<(story: Story) => void>();

/** Where this page's story in every language is (the story data's data-all-languages). */
export function setAllLanguagesSource(url: string | null): void {
  if (url === source) return;
  source = url;
  pending = null;
  loaded = null;
}

/**
 * Calls `listener` with the story in every language once it has arrived, or at once if it
 * already has (a link to another language starts loading before the page listens); returns
 * the unsubscribe.
 */
export function onAllLanguages(listener: (story: Story) => void): () => void {
  listeners.add(listener);
  if (loaded) listener(loaded);
  return () => listeners.delete(listener);
}

/**
 * Loads the story in every language, once. Null when the page has no such file or it cannot be
 * loaded: the page then stays in the language it has, and a later call tries again.
 */
export function loadAllLanguages(): Promise<Story | null> {
  if (!source) return Promise.resolve(null);
  const url = source;
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => {
      if (!isStoryShaped(data)) throw new Error("not a story");
      loaded = data;
      for (const listener of listeners) listener(data);
      return data;
    })
    .catch((error: unknown) => {
      console.warn(`Could not load the story's other languages from ${url}:`, error);
      pending = null;
      return null;
    });
  return pending;
}
