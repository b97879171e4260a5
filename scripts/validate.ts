/**
 * `npm run validate [folder]`: checks one story folder, or every story under data/stories,
 * and prints one line per problem as `file:line  path.to.field  expected …, found …`.
 * Warnings are printed the same way, marked `warning:`, and do not fail the run.
 */
import { resolve } from "node:path";
import { formatProblem } from "@/story/authoring/problem.ts";
import { loadAllStories, loadStoryFolder } from "./lib/story-files.ts";

const target = process.argv[2];
const { stories, problems, warnings } = target
  ? loadStoryFolder(resolve(target))
  : loadAllStories();

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
