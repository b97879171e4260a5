import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { storySlugProblem } from "@/lib/story-slug.ts";
import {
  checkStoryData,
  validateStorySource,
  type ValidationResult,
} from "@/story/authoring/validate-story-source.ts";
import type { CrossCheckOptions } from "@/story/authoring/cross-checks.ts";
import { readYamlFast } from "./fast-yaml.ts";
import { fieldProblem, type Problem } from "@/story/authoring/problem.ts";
import { toStory, type Story } from "@/story/model/story.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
/** Where the stories are; STORIES_DIR moves it (tests that save through the dev server). */
export const STORIES_DIR = process.env["STORIES_DIR"]
  ? resolve(process.env["STORIES_DIR"])
  : join(ROOT, "data/stories");
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

/** One problem about a whole story folder, at line 1 of its story.yaml. */
function folderProblem(file: string, message: string): LoadedStories {
  return {
    stories: [],
    warnings: [],
    folders: new Map(),
    problems: [{ ...fieldProblem([], "other", { detail: message }), file, line: 1 }],
  };
}

const isSymlink = (path: string) => existsSync(path) && lstatSync(path).isSymbolicLink();

/**
 * A file a story refers to (its share image) must be a plain file in the story's own folder:
 * a symbolic link could publish any file of the build machine (a secret, a key) with the site.
 */
function isPlainFileIn(folder: string, name: string): boolean {
  const path = join(folder, name);
  return (
    existsSync(path) &&
    !isSymlink(path) &&
    lstatSync(path).isFile() &&
    dirname(resolve(path)) === resolve(folder)
  );
}

export interface LoadOptions {
  /**
   * `false` when the caller has no use for warnings (the build): each is placed on its line,
   * which takes the slower reader.
   */
  warnings?: boolean;
}

/**
 * Validates a story's text. A story that reads cleanly is read by the fast reader alone; one
 * with problems (or warnings, when asked for) is read again by the full one, which places each
 * on its line: the messages are the studio's and `npm run validate`'s, word for word.
 */
function validateStoryText(
  source: string,
  file: string,
  options: CrossCheckOptions & LoadOptions,
): Pick<ValidationResult, "story" | "problems" | "warnings"> {
  const raw = readYamlFast(source);
  if (raw !== undefined) {
    const checked = checkStoryData(raw, options);
    const needsLines =
      checked.problems.length > 0 || (options.warnings !== false && checked.warnings.length > 0);
    if (!needsLines && checked.story) return { story: checked.story, problems: [], warnings: [] };
  }
  return validateStorySource(source, file, options);
}

/** Reads and validates one story folder; the slug is the folder's name. */
export function loadStoryFolder(folder: string, options: LoadOptions = {}): LoadedStories {
  const file = join(folder, STORY_FILE);
  const fromHere = relative(process.cwd(), file);
  const shownAs = fromHere.startsWith("..") ? file : fromHere;
  // The folder's name is the story's address: a name the site cannot serve (a space, a #, a
  // path the site uses itself) stops the build instead of publishing an unusable page.
  const slugProblem = storySlugProblem(basename(folder));
  if (slugProblem)
    return folderProblem(
      shownAs,
      `expected a folder name that can be the story's address: ${slugProblem}`,
    );
  if (!existsSync(file))
    return folderProblem(shownAs, `expected a ${STORY_FILE} in this folder, found none`);
  // Its content is never read, so a link to a secret is never echoed in a message either.
  if (isSymlink(file) || isSymlink(folder)) {
    return folderProblem(
      shownAs,
      `expected ${STORY_FILE} to be a file in the story's folder, found a symbolic link; copy the file in instead`,
    );
  }
  const result = validateStoryText(readFileSync(file, "utf8"), shownAs, {
    hasFile: (name) => isPlainFileIn(folder, name),
    ...options,
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
export function loadAllStories(dir = STORIES_DIR, options: LoadOptions = {}): LoadedStories {
  const folders = [dir, ...extraStoryDirs()].flatMap((d) => findStoryFolders(d));
  const loaded = folders.map((folder) => loadStoryFolder(folder, options));
  return {
    stories: loaded.flatMap((l) => l.stories),
    problems: loaded.flatMap((l) => l.problems),
    warnings: loaded.flatMap((l) => l.warnings),
    folders: new Map(loaded.flatMap((l) => [...l.folders])),
  };
}
