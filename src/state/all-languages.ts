import type { Story } from "@/story/model/story.ts";
import { isStoryShaped } from "@/story/model/story-shape.ts";

/**
 * A story in every language, for a page that embedded only its own (storyInLanguage). It is
 * a file of its own, loaded once per story: when the reader asks for another language or
 * points at the language switch, or a journalist opens the embed builder. Until then nobody
 * pays for text they do not read. StoryRoot listens, and swaps the story in when it arrives.
 * Kept per story slug, so two stories on one page never receive each other's text.
 */
interface Entry {
  source: string | null;
  pending: Promise<Story | null> | null;
  loaded: Story | null;
  listeners: Set<(story: Story) => void>;
}

const entries = new Map<string, Entry>();

function entryFor(slug: string): Entry {
  let entry = entries.get(slug);
  if (!entry) {
    entry = { source: null, pending: null, loaded: null, listeners: new Set() };
    entries.set(slug, entry);
  }
  return entry;
}

/** Where this story in every language is (the story data's data-all-languages). */
export function setAllLanguagesSource(slug: string, url: string | null): void {
  const entry = entryFor(slug);
  if (url === entry.source) return;
  entry.source = url;
  entry.pending = null;
  entry.loaded = null;
}

/**
 * Calls `listener` with the story in every language once it has arrived, or at once if it
 * already has (a link to another language starts loading before the page listens); returns
 * the unsubscribe.
 */
export function onAllLanguages(slug: string, listener: (story: Story) => void): () => void {
  const entry = entryFor(slug);
  entry.listeners.add(listener);
  if (entry.loaded) listener(entry.loaded);
  return () => entry.listeners.delete(listener);
}

/**
 * Loads the story in every language, once. Null when the page has no such file or it cannot be
 * loaded (or holds another story): the page then stays in the language it has, and a later
 * call tries again.
 */
export function loadAllLanguages(slug: string): Promise<Story | null> {
  const entry = entryFor(slug);
  if (!entry.source) return Promise.resolve(null);
  const url = entry.source;
  entry.pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => {
      if (!isStoryShaped(data) || data.slug !== slug) throw new Error("not this story");
      entry.loaded = data;
      for (const listener of entry.listeners) listener(data);
      return data;
    })
    .catch((error: unknown) => {
      console.warn(`Could not load the story's other languages from ${url}:`, error);
      entry.pending = null;
      return null;
    });
  return entry.pending;
}
