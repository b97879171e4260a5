import { SLUG_PATTERN } from "@/story/authoring/story-skeleton.ts";

/** A story's slug becomes a folder and an address: long enough for a headline, no longer. */
export const STORY_SLUG_MAX_LENGTH = 80;

/**
 * Lower-case letters, digits and single dashes, as ids and slugs must be: "Første periode" →
 * "forste-periode". Norwegian letters are spelt out, other accents dropped; `fallback` when
 * nothing is left (a headline of only punctuation).
 */
export function slugify(text: string, maxLength = 60, fallback = "item"): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "o")
      .replace(/å/g, "a")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, maxLength)
      .replace(/-+$/, "") || fallback
  );
}

/** The slug for a story named after its file, when the journalist gives none. */
export function storySlugFromFileName(name: string): string {
  return slugify(name, STORY_SLUG_MAX_LENGTH, "imported-timeline");
}

/**
 * Why `slug` cannot name a story, or null if it can. The slug becomes a folder under
 * data/stories, so anything but SLUG_PATTERN (dots, slashes) could write elsewhere.
 */
export function storySlugProblem(slug: string): string | null {
  if (SLUG_PATTERN.test(slug) && slug.length <= STORY_SLUG_MAX_LENGTH) return null;
  // JSON quoting shows stray spaces and keeps a newline in the slug from breaking the line.
  const shown = JSON.stringify(slug.length > 100 ? `${slug.slice(0, 99)}…` : slug);
  return `${shown} is not a valid slug: use lower-case letters, digits and single dashes, at most ${STORY_SLUG_MAX_LENGTH} characters, like "election-2027".`;
}
