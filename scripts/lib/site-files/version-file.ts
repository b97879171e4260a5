import { createHash } from "node:crypto";
import type { Story } from "@/story/model/story.ts";
import { oncePerObject } from "@/lib/once-per-object.ts";

// The build asks for it twice (every page carries it, and version.json): a long story's JSON
// is megabytes to hash.
const contentHash = oncePerObject((story: Story) =>
  createHash("sha256").update(JSON.stringify(story)).digest("hex").slice(0, 16),
);

/**
 * `/<slug>/version.json`: tiny, never cached, what an open page checks to learn that the story
 * changed (live updates): the content's hash, when it was updated, how many events it has, and
 * where that version's story (in every language) is.
 */
export function versionFile(
  story: Story,
  data: string,
): { hash: string; updated: string; events: number; data: string } {
  return {
    data,
    hash: contentHash(story),
    updated: story.updated,
    events: story.events.length,
  };
}
