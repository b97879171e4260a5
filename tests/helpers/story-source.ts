import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { formatPath } from "@/story/authoring/problem.ts";

export const MINIMAL_STORY = readFileSync(
  join(import.meta.dirname, "../fixtures/minimal-story.yaml"),
  "utf8",
);

/** Replaces one exact piece of the minimal story; fails loudly if the piece is not there. */
export function breakStory(find: string, replace: string): string {
  if (!MINIMAL_STORY.includes(find)) throw new Error(`Fixture does not contain: ${find}`);
  return MINIMAL_STORY.replace(find, replace);
}

/** Validates and returns the problems as `line path message` strings, easy to assert on. */
export function problemsOf(source: string): string[] {
  return validateStorySource(source, "story.yaml").problems.map(
    (p) => `${p.line} ${formatPath(p.path)} ${p.message}`,
  );
}
