import { join } from "node:path";
import { loadStoryFolder, STORIES_DIR } from "../../scripts/lib/story-files.ts";
import type { Story } from "@/story/model/story.ts";

/** The first story as the build sees it (validated), for component tests. */
export function loadBundledStory(slug = "maduro-usa-2025"): Story {
  const { stories, problems } = loadStoryFolder(join(STORIES_DIR, slug));
  const story = stories[0];
  if (!story) throw new Error(`Story ${slug} did not validate: ${JSON.stringify(problems)}`);
  return story;
}
