import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";

/*
 * Everything a URL's query can say, in one table per kind of page: how each key is read,
 * written and compared. Reading never throws and never trusts: an unknown id or value is
 * dropped, so a shared link to a removed event still opens the story.
 */

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

/** How an embed was asked to look (its own query keys, set by the embed builder). */
export interface EmbedOptions {
  theme: "light" | "dark" | "auto";
  /** Show the story's title above the timeline. */
  header: boolean;
  /** Where to open when no `event` is named. */
  start: "first" | "latest" | null;
  /** pym.js's id for this frame, when a pym.js parent loaded it. */
  childId: string | null;
}

type IdSet = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** The ids that exist in the story, so that the URL can never name something that is not there. */
export interface KnownIds {
  events: IdSet;
  explainers: IdSet;
  viewpoints: IdSet;
  threads: IdSet;
}

interface Context {
  ids: KnownIds;
  defaultLanguage: Language;
}

/** One query key: its name in the URL, how to read it, and how to write it (null: left out). */
interface UrlKey<T> {
  param: string;
  read: (value: string | null, context: Context) => T;
  write: (value: T, context: Context) => string | null;
  same?: (a: T, b: T) => boolean;
}

const known = (kind: keyof KnownIds): UrlKey<string | null> => ({
  param: kind === "events" ? "event" : kind.slice(0, -1),
  read: (value, { ids }) => (value !== null && ids[kind].has(value) ? value : null),
  write: (value) => value,
});

const flag = (param: string, on: string): UrlKey<boolean> => ({
  param,
  read: (value) => value === on,
  write: (value) => (value ? on : null),
});

const oneOf = <T extends string>(param: string, values: readonly T[], fallback: T | null) => ({
  param,
  read: (value: string | null) =>
    value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback,
  write: (value: T | null) => (value === fallback ? null : value),
});

const STATE_KEYS: { [K in keyof UrlState]: UrlKey<UrlState[K]> } = {
  lang: {
    param: "lang",
    read: (value, { defaultLanguage }) =>
      value !== null && (LANGUAGES as readonly string[]).includes(value)
        ? (value as Language)
        : defaultLanguage,
    // Read from old links (`?lang=en`); written never: each language is a page of its own,
    // named by the path (`/<slug>/en/`), and use-url-sync writes the path.
    write: () => null,
  },
  event: known("events"),
  explainer: known("explainers"),
  viewpoint: known("viewpoints"),
  compare: flag("compare", "1"),
  threads: {
    param: "threads",
    read: (value, { ids }) =>
      (value ?? "")
        .split(",")
        .filter((id, index, all) => ids.threads.has(id) && all.indexOf(id) === index),
    write: (value) => (value.length > 0 ? value.join(",") : null),
    same: (a, b) => a.join(",") === b.join(","),
  },
  newestFirst: flag("order", "newest"),
};

const NO_IDS: KnownIds = {
  events: new Set(),
  explainers: new Set(),
  viewpoints: new Set(),
  threads: new Set(),
};

const EMBED_KEYS: { [K in keyof EmbedOptions]: UrlKey<EmbedOptions[K]> } = {
  // Light unless the host asks: most articles are light, whatever the reader's system says.
  theme: oneOf("theme", ["light", "dark", "auto"] as const, "light") as UrlKey<
    EmbedOptions["theme"]
  >,
  header: {
    param: "header",
    read: (value) => value !== "0",
    write: (value) => (value ? null : "0"),
  },
  start: oneOf("start", ["first", "latest"] as const, null),
  childId: {
    param: "childId",
    read: (value) => (value && /^[\w-]{1,64}$/.test(value) ? value : null),
    write: (value) => value,
  },
};

function read<T extends object>(
  table: { [K in keyof T]: UrlKey<T[K]> },
  search: string,
  context: Context,
): T {
  const params = new URLSearchParams(search);
  const out = {} as T;
  for (const key of Object.keys(table) as (keyof T)[]) {
    const entry = table[key];
    out[key] = entry.read(params.get(entry.param), context);
  }
  return out;
}

const nothingOpenIn = new Map<Language, UrlState>();

/**
 * Nothing open, nothing filtered, in the given language: what a plain link shows. One frozen
 * object per language: every link on a page starts from it (StateLink), dozens of them.
 */
export function nothingOpen(lang: Language): UrlState {
  let state = nothingOpenIn.get(lang);
  if (!state) {
    state = Object.freeze(read(STATE_KEYS, "", { ids: NO_IDS, defaultLanguage: lang }));
    nothingOpenIn.set(lang, state);
  }
  return state;
}

/** Reads the state from a query string; nothing here throws. */
export function parseUrlState(search: string, ids: KnownIds, defaultLanguage: Language): UrlState {
  return read(STATE_KEYS, search, { ids, defaultLanguage });
}

/** Reads an embed's options from its query; unknown values fall back to the defaults. */
export function parseEmbedOptions(search: string): EmbedOptions {
  return read(EMBED_KEYS, search, { ids: NO_IDS, defaultLanguage: "nb" });
}

/** The embed options' defaults: what the server renders before the query is known. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = parseEmbedOptions("");

/**
 * Writes the state into a query string, keeping any parameters we do not own (a host page's
 * tracking, say) and leaving out defaults so that plain links stay plain.
 */
export function serializeUrlState(
  state: UrlState,
  defaultLanguage: Language,
  currentSearch = "",
): string {
  const params = new URLSearchParams(currentSearch);
  const context = { ids: NO_IDS, defaultLanguage };
  for (const key of Object.keys(STATE_KEYS) as (keyof UrlState)[]) {
    const entry = STATE_KEYS[key] as UrlKey<UrlState[typeof key]>;
    params.delete(entry.param);
    const value = entry.write(state[key], context);
    if (value !== null) params.set(entry.param, value);
  }
  // Commas in a list of ids need no escaping to be read back; keep the URL readable.
  const query = params.toString().replace(/%2C/g, ",");
  return query === "" ? "" : `?${query}`;
}

/** Writes an embed's options onto its URL, leaving out every default. */
export function writeEmbedOptions(url: URL, options: Partial<EmbedOptions>): void {
  const context = { ids: NO_IDS, defaultLanguage: "nb" as const };
  for (const key of Object.keys(options) as (keyof EmbedOptions)[]) {
    const entry = EMBED_KEYS[key] as UrlKey<EmbedOptions[typeof key]>;
    const value = entry.write(options[key] as EmbedOptions[typeof key], context);
    if (value === null) url.searchParams.delete(entry.param);
    else url.searchParams.set(entry.param, value);
  }
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (Object.keys(STATE_KEYS) as (keyof UrlState)[]).every((key) => {
    const same = (STATE_KEYS[key] as UrlKey<unknown>).same;
    return same ? same(a[key], b[key]) : a[key] === b[key];
  });
}

/** The URL's part of a store's state. */
export function pickUrlState(state: UrlState): UrlState {
  const out = {} as Record<keyof UrlState, unknown>;
  for (const key of Object.keys(STATE_KEYS) as (keyof UrlState)[]) out[key] = state[key];
  return out as UrlState;
}
