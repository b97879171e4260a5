/**
 * `npm run new-story <slug>`: creates data/stories/<slug>/story.yaml from a commented skeleton
 * that validates and builds at once. Refuses to overwrite a story that exists.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { storySlugProblem } from "@/lib/story-slug.ts";
import { storySkeleton } from "@/story/authoring/story-skeleton.ts";
import { STORIES_DIR, STORY_FILE } from "./lib/story-files.ts";

const slug = process.argv[2];
const dir = process.env["STORIES_DIR"] ?? STORIES_DIR;

const problem = slug === undefined ? "no slug given." : storySlugProblem(slug);
if (!slug || problem) {
  console.error(
    `Usage: npm run new-story <slug>\nThe slug becomes the story's address (/<slug>/): lower-case letters, digits and dashes, like "election-2027".\n${problem}`,
  );
  process.exit(1);
}
const folder = join(dir, slug);
if (existsSync(join(folder, STORY_FILE))) {
  console.error(
    `${relative(process.cwd(), join(folder, STORY_FILE))} exists already; not touching it.`,
  );
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, STORY_FILE), storySkeleton(slug, new Date().toISOString().slice(0, 10)));
console.log(`Created ${relative(process.cwd(), join(folder, STORY_FILE))}.
Next:
  npm start                        then open http://127.0.0.1:5173/${slug}/
  npm run validate ${relative(process.cwd(), folder)}
  npm run build                    publishes dist/${slug}/`);
