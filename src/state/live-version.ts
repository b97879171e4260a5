/**
 * Watches a story's version.json while the page is open, so a developing story can tell its
 * reader that it changed. Checks every `interval` while the page is visible, and at once when
 * it becomes visible again; never while hidden. A check that fails, times out or returns
 * something that is not a version changes nothing and backs off (up to ten times the
 * interval); the next good one resumes the normal pace.
 */
export interface StoryVersion {
  hash: string;
  updated: string;
  events: number;
  /** Where the story in every language is, for this version. */
  data: string;
}

export function isStoryVersion(value: unknown): value is StoryVersion {
  const v = value as Partial<StoryVersion> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.hash === "string" &&
    v.hash.length > 0 &&
    v.hash.length <= 128 &&
    typeof v.updated === "string" &&
    typeof v.events === "number" &&
    Number.isInteger(v.events) &&
    v.events >= 0 &&
    typeof v.data === "string" &&
    v.data.length <= 2048
  );
}

export interface WatchOptions {
  url: string;
  /** The version the page shows. */
  current: string;
  interval: number;
  onChange: (version: StoryVersion) => void;
  fetcher?: (url: string, init: RequestInit) => Promise<Response>;
  timeout?: number;
}

export function watchVersion({
  url,
  current,
  interval,
  onChange,
  fetcher = (input, init) => fetch(input, init),
  timeout = 10_000,
}: WatchOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;
  let known = current;

  const schedule = () => {
    clearTimeout(timer);
    if (stopped || document.visibilityState === "hidden") return;
    timer = setTimeout(check, interval * Math.min(10, 2 ** failures));
  };

  const check = async () => {
    if (stopped || document.visibilityState === "hidden") return;
    const abort = new AbortController();
    const timeoutTimer = setTimeout(() => abort.abort(), timeout);
    try {
      const response = await fetcher(url, { cache: "no-store", signal: abort.signal });
      const body: unknown = response.ok ? await response.json() : null;
      if (!isStoryVersion(body)) throw new Error("not a version");
      failures = 0;
      if (body.hash !== known) {
        known = body.hash;
        onChange(body);
      }
    } catch {
      failures += 1;
    } finally {
      clearTimeout(timeoutTimer);
    }
    schedule();
  };

  const onVisibility = () => {
    if (document.visibilityState === "visible") void check();
    else clearTimeout(timer);
  };
  document.addEventListener("visibilitychange", onVisibility);
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}
