/**
 * Remembers when the reader last saw a story, in local storage. Storage may be missing or
 * throw (a sandboxed iframe, private browsing, a locked-down phone): then nothing is
 * remembered and nothing breaks.
 */
const key = (slug: string) => `news-timeline:last-visit:${slug}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The reader's previous visit to this story (UTC ms), or null if none is known. */
export function readLastVisit(slug: string): number | null {
  try {
    const value = Number(storage()?.getItem(key(slug)));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function writeLastVisit(slug: string, time: number): void {
  try {
    storage()?.setItem(key(slug), String(time));
  } catch {
    // Full or blocked storage: the next visit simply marks nothing as new.
  }
}
