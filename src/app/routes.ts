/** Which story a path shows: `/` the default story, `/<slug>/` any story. */
export interface StoryRoute {
  slug: string;
}

export function resolveStoryRoute(
  pathname: string,
  slugs: readonly string[],
  defaultSlug: string,
  base = "/",
): StoryRoute | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length).replace(/\/index\.html$/, "/");
  if (rest === "" || rest === "index.html") return { slug: defaultSlug };
  const match = /^([a-z0-9-]+)\/?$/.exec(rest);
  if (match?.[1] && slugs.includes(match[1])) return { slug: match[1] };
  return null;
}

/** The path of a story's page. */
export function storyPath(slug: string, base = "/"): string {
  return `${base}${slug}/`;
}
