/**
 * New ids for entries the forms add: lower-case kebab-case (they appear in links), unique in
 * their collection.
 */
import { entries } from "./loose.ts";

/** "Det hvite hus" → "det-hvite-hus", "Bærum Øst" → "baerum-ost". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `base` if no entry has it, else base-2, base-3…; a trailing -N of `base` is dropped first. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const clean = slugify(base) || "new";
  if (!used.has(clean)) return clean;
  const stem = clean.replace(/-\d+$/, "") || clean;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The ids of a collection of the story (events, sources…). */
export function idsOf(collection: unknown): string[] {
  return entries(collection).map((entry) => entry.id);
}
