/**
 * `npm run import:timelinejs <file.json|file.csv> [slug] [--lang en]`: converts a TimelineJS3
 * JSON file, or the CSV export of its Google Sheet template, into data/stories/<slug>/story.yaml,
 * and lists what a journalist still has to supply (statuses, sources, the second language).
 * The conversion lives in src/story/authoring/timelinejs (it runs in the studio page too); this
 * script only reads the file, checks the slug and writes the result. Every failure is a
 * message and exit code 1, never a stack trace.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { STORIES_DIR } from "./lib/story-files.ts";
import { importedStoryYaml } from "@/story/authoring/timelinejs/to-yaml.ts";
import { importTimelineJs } from "@/story/authoring/timelinejs/import-timelinejs.ts";
import { storySlugFromFileName, storySlugProblem } from "@/story/authoring/timelinejs/slug.ts";

const USAGE = "Usage: npm run import:timelinejs <timeline.json | sheet.csv> [slug] [--lang en]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const langIndex = args.indexOf("--lang");
const langArg = langIndex >= 0 ? args[langIndex + 1] : "nb";
if (langArg !== "nb" && langArg !== "en") {
  fail(`--lang must be nb or en, not ${JSON.stringify(langArg ?? "")}.\n${USAGE}`);
}
const language = langArg;
const [file, slugArg] = args.filter(
  (arg, i) => !arg.startsWith("--") && (langIndex === -1 || i !== langIndex + 1),
);
if (!file) fail(USAGE);

// The slug becomes a folder: checked before anything is read or written, so "../../src/app"
// cannot put a story.yaml into the source tree.
if (slugArg !== undefined) {
  const problem = storySlugProblem(slugArg);
  if (problem) fail(problem);
}
const slug = slugArg ?? storySlugFromFileName(basename(file, extname(file)));

if (!existsSync(file) || !statSync(file).isFile()) fail(`${file}: no such file.\n${USAGE}`);
let source: string;
try {
  source = readFileSync(file, "utf8");
} catch (error) {
  fail(`${file}: cannot be read (${(error as Error).message}).`);
}

const dir = process.env["STORIES_DIR"] ?? STORIES_DIR;
const target = join(dir, slug, "story.yaml");
if (existsSync(target)) fail(`${relative(process.cwd(), target)} exists already; not touching it.`);

const result = importTimelineJs(
  source,
  extname(file).toLowerCase() === ".csv" ? "csv" : "json",
  language,
);
if (!result.ok) fail(`${file}: ${result.message}`);

const { story, todo } = result;
try {
  mkdirSync(join(dir, slug), { recursive: true });
  writeFileSync(target, importedStoryYaml(result, basename(file), "npm run import:timelinejs"));
} catch (error) {
  fail(`Could not write ${relative(process.cwd(), target)} (${(error as Error).message}).`);
}

console.log(
  `Wrote ${relative(process.cwd(), target)} with ${(story["events"] as unknown[]).length} events.`,
);
console.log("Still to do:");
for (const line of todo) console.log(`  - ${line}`);
console.log(`Then check it with: npm run validate ${relative(process.cwd(), join(dir, slug))}`);
