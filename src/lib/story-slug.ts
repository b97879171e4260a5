/**
 * A story's slug is its folder under data/stories and its address on the site (/<slug>/), so
 * it is checked the same way everywhere a story is named: new-story, the importer, the
 * studio's save, and the build.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Long enough for any headline's slug; short enough for every file system and the loader. */
export const STORY_SLUG_MAX_LENGTH = 80;

/**
 * Paths the site itself uses at its root: a story there would overwrite them, or sit inside a
 * folder served as immutable.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "assets",
  "embed",
  "studio",
  "en",
  "nb",
  "feed",
  "sitemap",
  "robots",
  "favicon",
  "index",
  "404",
  "api",
  "static",
]);

/** Why `slug` cannot name a story, or null if it can, in a line for the journalist. */
export function storySlugProblem(slug: string): string | null {
  const shown = JSON.stringify(slug.length > 100 ? `${slug.slice(0, 99)}…` : slug);
  if (!SLUG_PATTERN.test(slug) || slug.length > STORY_SLUG_MAX_LENGTH) {
    // JSON quoting shows stray spaces and keeps a newline in the slug from breaking the line.
    return `${shown} is not a valid slug: use lower-case letters, digits and single dashes, at most ${STORY_SLUG_MAX_LENGTH} characters, like "election-2027".`;
  }
  if (RESERVED_SLUGS.has(slug)) {
    return `${shown} is a path the site itself uses (${[...RESERVED_SLUGS].join(", ")}); choose another slug.`;
  }
  return null;
}
