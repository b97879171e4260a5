/**
 * The studio's requests under `npm start`: the site's stories to open, and "Save to project".
 * Loaded through Vite (ssrLoadModule) so `@/` imports resolve. The build writes the same
 * read-only files (studio/stories.json, studio/stories/<slug>.yaml) for the published studio.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { saveStory, type SaveAnswer, type SaveRequest } from "./studio-save.ts";
import { loadAllStories, STORY_FILE } from "./story-files.ts";

export interface StudioStoryEntry {
  slug: string;
  title: { nb?: string; en?: string };
}

/** The site's stories, for the studio's "open a story of the site". */
export function studioStoryList(): StudioStoryEntry[] {
  const { stories } = loadAllStories();
  return stories.map((story) => ({ slug: story.slug, title: story.title }));
}

/** A story's story.yaml as it is on disk, or null for a story the site does not have. */
export function studioStoryText(slug: string): string | null {
  const { folders } = loadAllStories();
  const folder = folders.get(slug);
  return folder ? readFileSync(join(folder, STORY_FILE), "utf8") : null;
}

/**
 * Whether a request comes from a page of this dev server itself: a write from any other page
 * the journalist has open (another site, a page on another port) must never reach the disk.
 */
export function isOwnOrigin(
  origin: string | undefined,
  host: string | undefined,
  fetchSite: string | undefined,
): boolean {
  if (!origin || !host) return false;
  if (fetchSite !== undefined && fetchSite !== "same-origin") return false;
  try {
    const url = new URL(origin);
    return url.host === host && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
  } catch {
    return false;
  }
}

export function studioSave(body: unknown): SaveAnswer {
  return saveStory((body ?? {}) as SaveRequest);
}
