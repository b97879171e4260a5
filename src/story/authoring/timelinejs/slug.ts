import { STORY_SLUG_MAX_LENGTH } from "@/lib/story-slug.ts";

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

export { storySlugProblem } from "@/lib/story-slug.ts";
