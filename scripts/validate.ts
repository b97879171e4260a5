/**
 * `npm run validate [folder]`: checks one story folder, or every story under data/stories,
 * and prints one line per problem as `file:line  path.to.field  expected …, found …`.
 * Warnings are printed the same way, marked `warning:`, and do not fail the run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatProblem, type Problem } from "@/story/authoring/problem.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import {
  findStoryFolders,
  loadAllStories,
  loadStoryFolder,
  STORY_FILE,
} from "./lib/story-files.ts";

const target = process.argv[2];
const { stories, problems } = target ? loadStoryFolder(resolve(target)) : loadAllStories();

/** story-files.ts passes on problems only, so each story file is read again for its warnings. */
function warningsIn(folders: readonly string[]): Problem[] {
  return folders.flatMap((folder) => {
    const file = join(folder, STORY_FILE);
    if (!existsSync(file)) return [];
    const fromHere = relative(process.cwd(), file);
    const shownAs = fromHere.startsWith("..") ? file : fromHere;
    return validateStorySource(readFileSync(file, "utf8"), shownAs).warnings;
  });
}
const warnings = warningsIn(target ? [resolve(target)] : findStoryFolders());

for (const warning of warnings) {
  console.error(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
}
for (const problem of problems) console.error(formatProblem(problem));

if (problems.length > 0) {
  const noun = problems.length === 1 ? "problem" : "problems";
  console.error(
    `\n${problems.length} ${noun} found. The story cannot be built until they are fixed.`,
  );
  process.exit(1);
}
if (stories.length === 0) {
  console.error("No story found: expected a folder with a story.yaml in data/stories/.");
  process.exit(1);
}
for (const story of stories) {
  console.log(
    `✓ ${story.slug}: ${story.events.length} events, ${story.explainers.length} explainers, ${story.viewpoints.length} viewpoints`,
  );
}
if (warnings.length > 0) {
  const noun = warnings.length === 1 ? "warning" : "warnings";
  console.error(
    `\n${warnings.length} ${noun}: the stories build, but check that this is what you meant.`,
  );
}
