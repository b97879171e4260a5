import type { StoryData, StoryMeta } from "./types.ts";

/**
 * A validated story as the app receives it: the `story:` section's fields at the top level,
 * the collections beside them, and the slug from its folder name.
 */
export type Story = StoryMeta & Omit<StoryData, "story" | "$schema"> & { slug: string };

export function toStory(data: StoryData, slug: string): Story {
  const { story: meta, $schema: _schema, ...collections } = data;
  return { ...meta, ...collections, slug };
}
