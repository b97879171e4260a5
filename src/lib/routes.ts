/** Which story a path shows, and how: the full page, or the chrome-less embed. */
export type StoryView = "page" | "embed";

export interface StoryRoute {
  slug: string;
  view: StoryView;
}

/**
 * `/` the default story, `/<slug>/` any story; `/embed/` and `/<slug>/embed/` their embeds.
 * Anything else has no route (null).
 */
export function resolveStoryRoute(
  pathname: string,
  slugs: readonly string[],
  defaultSlug: string,
  base = "/",
): StoryRoute | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length).replace(/(^|\/)index\.html$/, "$1");
  const parts = rest.split("/").filter((part) => part !== "");
  const view: StoryView = parts.at(-1) === "embed" ? "embed" : "page";
  if (view === "embed") parts.pop();
  if (parts.length === 0) return { slug: defaultSlug, view };
  const [slug] = parts;
  if (parts.length === 1 && slug && slugs.includes(slug)) return { slug, view };
  return null;
}

/** The path of a story's page or embed. */
export function storyPath(slug: string, view: StoryView = "page", base = "/"): string {
  return view === "embed" ? `${base}${slug}/embed/` : `${base}${slug}/`;
}
