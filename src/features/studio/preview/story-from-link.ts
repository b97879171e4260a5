import { analyzeStory } from "@/features/studio/model/analyze.ts";
import { readDraftHash } from "@/features/studio/model/preview-link.ts";
import type { Story } from "@/story/model/story.ts";

/**
 * The story a preview link carries (`#draft=…`), validated as the studio validates it; null
 * when the link holds no draft, a broken one, or a story with errors.
 */
export async function storyFromLink(hash: string): Promise<Story | null> {
  const text = await readDraftHash(hash);
  if (text === null) return null;
  return analyzeStory(text, "preview", "nb").story;
}
