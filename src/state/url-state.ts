import { LANGUAGES, type Language } from "../story/schema-parts.ts";

/** What the reader has open, as it is written in the URL's query. */
export interface UrlState {
  lang: Language;
  event: string | null;
  explainer: string | null;
  viewpoint: string | null;
}

/** The ids that exist in the story, so that the URL can never name something that is not there. */
export interface KnownIds {
  events: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  explainers: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  viewpoints: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

const URL_KEYS = ["lang", "event", "explainer", "viewpoint"] as const;

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

function known(value: string | null, ids: KnownIds[keyof KnownIds]): string | null {
  return value !== null && ids.has(value) ? value : null;
}

/**
 * Reads the state from a query string. Unknown languages and ids are ignored (a shared link
 * to a removed event still opens the story), and nothing here throws.
 */
export function parseUrlState(search: string, ids: KnownIds, defaultLanguage: Language): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  return {
    lang: isLanguage(lang) ? lang : defaultLanguage,
    event: known(params.get("event"), ids.events),
    explainer: known(params.get("explainer"), ids.explainers),
    viewpoint: known(params.get("viewpoint"), ids.viewpoints),
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
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
