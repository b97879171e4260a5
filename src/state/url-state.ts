import { LANGUAGES, type Language } from "../story/vocabulary.ts";

/** What the reader has open, as it is written in the URL's query. */
export interface UrlState {
  lang: Language;
  event: string | null;
  explainer: string | null;
  viewpoint: string | null;
  /** The experts side by side. */
  compare: boolean;
  /** Thread filters; empty means every thread. */
  threads: readonly string[];
  /** The list and the phone timeline show the latest events first. */
  newestFirst: boolean;
}

/** Nothing open, nothing filtered, in the given language: what a plain link shows. */
export function nothingOpen(lang: Language): UrlState {
  return {
    lang,
    event: null,
    explainer: null,
    viewpoint: null,
    compare: false,
    threads: [],
    newestFirst: false,
  };
}

type IdSet = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** The ids that exist in the story, so that the URL can never name something that is not there. */
export interface KnownIds {
  events: IdSet;
  explainers: IdSet;
  viewpoints: IdSet;
  threads: IdSet;
}

const URL_KEYS = [
  "lang",
  "event",
  "explainer",
  "viewpoint",
  "compare",
  "threads",
  "order",
] as const;

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

function known(value: string | null, ids: IdSet): string | null {
  return value !== null && ids.has(value) ? value : null;
}

/**
 * Reads the state from a query string. Unknown languages and ids are ignored (a shared link
 * to a removed event still opens the story), and nothing here throws.
 */
export function parseUrlState(search: string, ids: KnownIds, defaultLanguage: Language): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  const threads = (params.get("threads") ?? "")
    .split(",")
    .filter((id, index, all) => ids.threads.has(id) && all.indexOf(id) === index);
  return {
    lang: isLanguage(lang) ? lang : defaultLanguage,
    event: known(params.get("event"), ids.events),
    explainer: known(params.get("explainer"), ids.explainers),
    viewpoint: known(params.get("viewpoint"), ids.viewpoints),
    compare: params.get("compare") === "1",
    threads,
    newestFirst: params.get("order") === "newest",
  };
}

/**
 * Writes the state into a query string, keeping any parameters we do not own (a host page's
 * tracking, say) and leaving out the default language so that plain links stay plain.
 */
export function serializeUrlState(
  state: UrlState,
  defaultLanguage: Language,
  currentSearch = "",
): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) params.delete(key);
  if (state.lang !== defaultLanguage) params.set("lang", state.lang);
  if (state.event) params.set("event", state.event);
  if (state.explainer) params.set("explainer", state.explainer);
  if (state.viewpoint) params.set("viewpoint", state.viewpoint);
  if (state.compare) params.set("compare", "1");
  if (state.threads.length > 0) params.set("threads", state.threads.join(","));
  if (state.newestFirst) params.set("order", "newest");
  // Commas in a list of ids need no escaping to be read back; keep the URL readable.
  const query = params.toString().replace(/%2C/g, ",");
  return query === "" ? "" : `?${query}`;
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (
    a.lang === b.lang &&
    a.event === b.event &&
    a.explainer === b.explainer &&
    a.viewpoint === b.viewpoint &&
    a.compare === b.compare &&
    a.newestFirst === b.newestFirst &&
    a.threads.join(",") === b.threads.join(",")
  );
}
