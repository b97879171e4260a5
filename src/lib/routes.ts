import { SITE_BASE } from "./site-base.ts";

/** Which story a path shows, and how: the full page, or the chrome-less embed. */
export type StoryView = "page" | "embed";

export interface StoryRoute {
  slug: string;
  view: StoryView;
  /** The language its path names (`/<slug>/en/`), or null for the story's own (`/<slug>/`). */
  lang: string | null;
}

/** The languages a path may name; the story format's (kept here, below the story's types). */
export const PATH_LANGUAGES: readonly string[] = ["nb", "en"];

interface PathParts {
  /** The base and the slug, when the path names one (the default story's paths do not). */
  prefix: string;
  slug: string | null;
  lang: string | null;
  view: StoryView;
}

/** Reads `[base][<slug>/][<lang>/][embed/]`; null when the path is not of that shape. */
function splitPath(pathname: string, base: string): PathParts | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length).replace(/(^|\/)index\.html$/, "$1");
  const parts = rest.split("/").filter((part) => part !== "");
  const view: StoryView = parts.at(-1) === "embed" ? "embed" : "page";
  if (view === "embed") parts.pop();
  const last = parts.at(-1);
  const lang = last !== undefined && PATH_LANGUAGES.includes(last) ? last : null;
  if (lang) parts.pop();
  if (parts.length > 1) return null;
  const slug = parts[0] ?? null;
  return { prefix: slug ? `${base}${slug}/` : base, slug, lang, view };
}

/**
 * `/` the default story, `/<slug>/` any story, each in its own language, and `/en/`,
 * `/<slug>/en/` in another; `embed/` after any of them, the embed. Anything else: null.
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
  return { slug, view: parts.view, lang: parts.lang };
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

/**
 * The same page in another language: the path the reader is on (a story's, or the default
 * story's at the root) with its language segment changed. Unknown paths are left as they are.
 */
export function pathInLanguage(
  pathname: string,
  lang: string,
  original: string,
  base = SITE_BASE,
): string {
  const parts = splitPath(pathname, base);
  if (!parts) return pathname;
  const language = lang === original ? "" : `${lang}/`;
  return `${parts.prefix}${language}${parts.view === "embed" ? "embed/" : ""}`;
}

/** The language a path names, or null for the story's own. */
export function languageOfPath(pathname: string, base = SITE_BASE): string | null {
  return splitPath(pathname, base)?.lang ?? null;
}
