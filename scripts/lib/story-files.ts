import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import type { Problem } from "@/story/authoring/problem.ts";
import { toStory, type Story } from "@/story/model/story.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
export const STORIES_DIR = join(ROOT, "data/stories");
export const STORY_FILE = "story.yaml";

export interface LoadedStories {
  stories: Story[];
  problems: Problem[];
  /** What builds but may not be what the author meant (markup that shows as text). */
  warnings: Problem[];
  /** Each story's folder, by slug: where its files (the share image) are. */
  folders: Map<string, string>;
}

/** The story folders under `dir` (each holding a story.yaml), sorted by slug. */
export function findStoryFolders(dir = STORIES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, STORY_FILE)))
    .sort();
}

/** Reads and validates one story folder; the slug is the folder's name. */
export function loadStoryFolder(folder: string): LoadedStories {
  const file = join(folder, STORY_FILE);
  const fromHere = relative(process.cwd(), file);
  const shownAs = fromHere.startsWith("..") ? file : fromHere;
  if (!existsSync(file)) {
    return {
      stories: [],
      warnings: [],
      folders: new Map(),
      problems: [
        {
          file: shownAs,
          line: 1,
          path: [],
          message: `expected a ${STORY_FILE} in this folder, found none`,
        },
      ],
    };
  }
  const result = validateStorySource(readFileSync(file, "utf8"), shownAs, {
    hasFile: (name) => existsSync(join(folder, name)),
  });
  const stories = result.story ? [toStory(result.story, basename(folder))] : [];
  return {
    stories,
    problems: result.problems,
    warnings: result.warnings,
    folders: new Map([[basename(folder), folder]]),
  };
}

/**
 * Folders of extra stories, from EXTRA_STORIES_DIR: the browser tests build their fixture
 * stories (the XSS corpus, a large generated story) this way, next to the real ones.
 */
function extraStoryDirs(): string[] {
  const extra = process.env["EXTRA_STORIES_DIR"];
  return extra ? extra.split(",").map((dir) => resolve(ROOT, dir)) : [];
}

/** Reads every story; a story with problems is left out and its problems returned. */
export function loadAllStories(dir = STORIES_DIR): LoadedStories {
  const folders = [dir, ...extraStoryDirs()].flatMap((d) => findStoryFolders(d));
  const loaded = folders.map((folder) => loadStoryFolder(folder));
  return {
    stories: loaded.flatMap((l) => l.stories),
    problems: loaded.flatMap((l) => l.problems),
    warnings: loaded.flatMap((l) => l.warnings),
    folders: new Map(loaded.flatMap((l) => [...l.folders])),
  };
}
