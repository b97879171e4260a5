import { SITE_BASE } from "./site-base.ts";

/** Which story a path shows, and how: the full page, or the chrome-less embed. */
export type StoryView = "page" | "embed";

export interface StoryRoute {
  slug: string;
  view: StoryView;
  /** The language its path names (`/<slug>/en/`), or null for the story's own (`/<slug>/`). */
  lang: string | null;
  /** The event a page of its own shows (`/<slug>/<event-id>/`), or null. */
  event: string | null;
  /** The page of a long story's list a path shows (`/<slug>/events/2016-03/`), or null. */
  listPage: string | null;
}

/** The languages a path may name; the story format's (kept here, below the story's types). */
export const PATH_LANGUAGES: readonly string[] = ["nb", "en"];

/**
 * Words a story's paths use after its slug: an event with one of these ids could not have a
 * page of its own (the story's checks refuse them).
 */
export const RESERVED_EVENT_IDS: ReadonlySet<string> = new Set([
  ...PATH_LANGUAGES,
  "embed",
  "cards",
  // The pages of a story's list, which a story with event pages has too (list-pages.ts).
  "events",
]);

/**
 * A page of a long story's list: its period, `2016` or `2016-03`, or `undated`, `-p2` on for a
 * second part.
 */
export const LIST_PAGE_KEY = /^(?:\d{4}(?:-\d{2})?|undated)(?:-p\d+)?$/;

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface PathParts {
  /** The base and the slug, when the path names one (the default story's paths do not). */
  prefix: string;
  slug: string | null;
  lang: string | null;
  event: string | null;
  listPage: string | null;
  view: StoryView;
}

/**
 * Reads `[base][<slug>/][<lang>/][<event>/|events/<page>/|embed/]`; null when the path is not
 * of that shape.
 */
function splitPath(pathname: string, base: string): PathParts | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length).replace(/(^|\/)index\.html$/, "$1");
  const parts = rest.split("/").filter((part) => part !== "");
  const view: StoryView = parts.at(-1) === "embed" ? "embed" : "page";
  if (view === "embed") parts.pop();
  // The root's own pages (the default story) name no slug: `/`, `/en/`, `/en/embed/`.
  const slug = parts[0] !== undefined && !PATH_LANGUAGES.includes(parts[0]) ? parts.shift()! : null;
  const lang = parts[0] !== undefined && PATH_LANGUAGES.includes(parts[0]) ? parts.shift()! : null;
  // An event's page is a story's (never the root's), and has no embed of its own. Ids are
  // kebab-case (the story format's), so a file's name (`x.js`) is never taken for one.
  const named = slug !== null && view === "page" && parts.length === 1 && EVENT_ID.test(parts[0]!);
  const event = named ? parts.shift()! : null;
  // A page of a long story's list is a story's too, and has no embed.
  const listed =
    slug !== null && view === "page" && parts[0] === "events" && LIST_PAGE_KEY.test(parts[1] ?? "");
  const listPage = listed && parts.length === 2 ? parts.pop()! : null;
  if (listPage) parts.pop();
  if (parts.length > 0) return null;
  return { prefix: slug ? `${base}${slug}/` : base, slug, lang, event, listPage, view };
}

/**
 * `/` the default story, `/<slug>/` any story, each in its own language, and `/en/`,
 * `/<slug>/en/` in another; `embed/` after any of them, the embed; `/<slug>/[en/]<event-id>/`
 * an event's own page. Anything else: null. Event ids are not checked here (the caller knows
 * the story's events).
 */
export function resolveStoryRoute(
  pathname: string,
  slugs: readonly string[],
  defaultSlug: string,
  base = "/",
): StoryRoute | null {
  const parts = splitPath(pathname, base);
  if (!parts) return null;
  const slug = parts.slug ?? defaultSlug;
  if (parts.slug !== null && !slugs.includes(parts.slug)) return null;
  return { slug, view: parts.view, lang: parts.lang, event: parts.event, listPage: parts.listPage };
}

export interface PathOptions {
  view?: StoryView;
  /** The language to show; the story's own (`original`) has no segment of its own. */
  lang?: string | undefined;
  original?: string | undefined;
  base?: string;
}

/** The path of a story's page or embed, in a language: `/<slug>/`, `/<slug>/en/embed/`. */
export function storyPath(slug: string, options: PathOptions = {}): string {
  const { view = "page", lang, original, base = SITE_BASE } = options;
  const language = lang && lang !== original ? `${lang}/` : "";
  return `${base}${slug}/${language}${view === "embed" ? "embed/" : ""}`;
}

/** The path of an event's own page, in a language: `/<slug>/<event-id>/`, `/<slug>/en/<id>/`. */
export function eventPath(slug: string, eventId: string, options: PathOptions = {}): string {
  return `${storyPath(slug, { ...options, view: "page" })}${eventId}/`;
}

/** The path of a page of a long story's list: `/<slug>/events/2016-03/`, `/<slug>/en/events/…`. */
export function listPagePath(slug: string, key: string, options: PathOptions = {}): string {
  return `${storyPath(slug, { ...options, view: "page" })}events/${key}/`;
}

/**
 * The same page in another language: the path the reader is on (a story's, or the default
 * story's at the root) with its language segment changed. An event's page stays that event's
 * while `event` (what the reader has open) is that event; otherwise it becomes the story's
 * page, and the query names what is open. Unknown paths are left as they are.
 */
export function pathInLanguage(
  pathname: string,
  lang: string,
  original: string,
  base = SITE_BASE,
  event: string | null = null,
): string {
  const parts = splitPath(pathname, base);
  if (!parts) return pathname;
  const language = lang === original ? "" : `${lang}/`;
  const own =
    parts.event !== null && parts.event === event
      ? `${parts.event}/`
      : parts.listPage !== null
        ? `events/${parts.listPage}/`
        : "";
  return `${parts.prefix}${language}${own}${parts.view === "embed" ? "embed/" : ""}`;
}

/** The language a path names, or null for the story's own. */
export function languageOfPath(pathname: string, base = SITE_BASE): string | null {
  return splitPath(pathname, base)?.lang ?? null;
}

/** The page of a long story's list a path is, or null. */
export function listPageOfPath(pathname: string, base = SITE_BASE): string | null {
  return splitPath(pathname, base)?.listPage ?? null;
}

/** The event whose own page a path is, or null. */
export function eventOfPath(pathname: string, base = SITE_BASE): string | null {
  return splitPath(pathname, base)?.event ?? null;
}
