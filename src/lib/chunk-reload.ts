/**
 * After a deploy, a page that is already open asks for hashed chunks that no longer exist. One
 * reload fetches the new page with the new names; a second failure means something else is
 * wrong (offline, a broken host), and reloading again would only loop.
 */
const KEY = "news-timeline:chunk-reload";

/** Whether an error is a lazily loaded module that could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script failed|Importing a module script|Failed to fetch|Load failed|ChunkLoadError/i.test(
    message,
  );
}

function session(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Reloads the page once for a chunk that failed to load, and says whether it did. Never twice
 * within ten minutes for the same page, and never where it cannot remember having done so
 * (storage blocked): a loop of reloads is worse than a notice.
 */
export function reloadOnceForChunk(now = Date.now()): boolean {
  const storage = session();
  if (!storage) return false;
  try {
    const key = `${KEY}:${window.location.pathname}`;
    const last = Number(storage.getItem(key));
    if (Number.isFinite(last) && now - last < 10 * 60_000) return false;
    storage.setItem(key, String(now));
    window.location.reload();
    return true;
  } catch {
    return false;
  }
}
