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
const listeners = new Set<(story: Story) => void>();

/** Where this page's story in every language is (the story data's data-all-languages). */
export function setAllLanguagesSource(url: string | null): void {
  if (url === source) return;
  source = url;
  pending = null;
}

/** Calls `listener` when the story in every language has arrived; returns the unsubscribe. */
export function onAllLanguages(listener: (story: Story) => void): () => void {
  listeners.add(listener);
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
