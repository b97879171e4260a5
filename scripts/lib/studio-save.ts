/**
 * "Save to project" for the studio under `npm start`: writes data/stories/<slug>/story.yaml.
 * Only the dev server has it (the built site is static, with no write endpoint). It refuses
 * what could hurt the project: requests from any origin but the dev server's own, a slug that
 * is not a plain folder name (nothing outside data/stories), symlinks, an invalid story unless
 * the journalist confirms, and a file changed on disk since it was opened unless the
 * journalist chooses to overwrite, in which case the other version is kept beside it. It keeps
 * the previous file as story.yaml.bak and writes atomically (a temp file, then a rename).
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { storySlugProblem } from "@/lib/story-slug.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { STORIES_DIR, STORY_FILE } from "./story-files.ts";

export interface SaveRequest {
  slug: string;
  text: string;
  /** The file's text when the studio opened it; absent for a story new to the project. */
  base?: string | undefined;
  /** Save although the story has problems (the journalist confirmed). */
  allowInvalid?: boolean;
  /** Save although the file changed on disk; the other version is kept beside it. */
  overwrite?: boolean;
}

export type SaveAnswer =
  | { status: 200; body: { saved: string; keptOther?: string } }
  | { status: 400 | 403 | 413; body: { error: string } }
  | { status: 409; body: { conflict: true; diskText: string } }
  | { status: 422; body: { invalid: true; problems: string[] } };

export const MAX_STORY_BYTES = 5 * 1024 * 1024;

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function saveStory(request: SaveRequest, storiesDir = STORIES_DIR): SaveAnswer {
  if (typeof request.slug !== "string" || typeof request.text !== "string") {
    return { status: 400, body: { error: "expected a slug and the story's text" } };
  }
  const slugProblem = storySlugProblem(request.slug);
  if (slugProblem) return { status: 400, body: { error: slugProblem } };
  if (Buffer.byteLength(request.text) > MAX_STORY_BYTES) {
    return { status: 413, body: { error: "the story is larger than 5 MB" } };
  }
  const root = resolve(storiesDir);
  const folder = resolve(root, request.slug);
  const file = join(folder, STORY_FILE);
  // The slug's pattern already keeps it inside; checked again, since this writes to disk.
  if (!folder.startsWith(root + sep))
    return { status: 403, body: { error: "outside data/stories" } };
  if (isSymlink(folder) || isSymlink(file)) {
    return {
      status: 403,
      body: { error: `data/stories/${request.slug} is a symbolic link; not writing through it` },
    };
  }

  const problems = validateStorySource(
    request.text,
    `data/stories/${request.slug}/${STORY_FILE}`,
  ).problems;
  if (problems.length > 0 && !request.allowInvalid) {
    return {
      status: 422,
      body: { invalid: true, problems: problems.map((p) => `${p.line}: ${p.message}`) },
    };
  }

  const onDisk = existsSync(file) ? readFileSync(file, "utf8") : null;
  const changedBehind =
    onDisk !== null && (request.base === undefined || hash(onDisk) !== hash(request.base));
  if (changedBehind && onDisk !== request.text && !request.overwrite) {
    return { status: 409, body: { conflict: true, diskText: onDisk } };
  }

  mkdirSync(folder, { recursive: true });
  let keptOther: string | undefined;
  if (onDisk !== null) {
    writeFileSync(join(folder, `${STORY_FILE}.bak`), onDisk);
    if (changedBehind && onDisk !== request.text) {
      keptOther = `story.other-${new Date().toISOString().replace(/[:.]/g, "-")}.yaml`;
      writeFileSync(join(folder, keptOther), onDisk);
    }
  }
  const temp = join(folder, `.${STORY_FILE}.${randomBytes(6).toString("hex")}.tmp`);
  writeFileSync(temp, request.text);
  renameSync(temp, file);
  return {
    status: 200,
    body: { saved: `data/stories/${request.slug}/${STORY_FILE}`, ...(keptOther && { keptOther }) },
  };
}
