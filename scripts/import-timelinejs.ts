/**
 * `npm run import:timelinejs <file.json|file.csv> [slug] [--lang en]`: converts a TimelineJS3
 * JSON file, or the CSV export of its Google Sheet template, into data/stories/<slug>/story.yaml,
 * and lists what a journalist still has to supply (statuses, sources, the second language).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { stringify } from "yaml";
import { STORIES_DIR } from "./lib/story-files.ts";
import {
  convertTimelineJs,
  csvToTimelineJs,
  slugify,
  type TjsDocument,
} from "./lib/timelinejs/timelinejs.ts";

const args = process.argv.slice(2);
const langIndex = args.indexOf("--lang");
const language = langIndex >= 0 && args[langIndex + 1] === "en" ? "en" : "nb";
const [file, slugArg] = args.filter(
  (arg, i) => !arg.startsWith("--") && (langIndex === -1 || i !== langIndex + 1),
);
if (!file || !existsSync(file)) {
  console.error("Usage: npm run import:timelinejs <timeline.json | sheet.csv> [slug] [--lang en]");
  process.exit(1);
}

const source = readFileSync(file, "utf8");
let document: TjsDocument;
try {
  document =
    extname(file).toLowerCase() === ".csv"
      ? csvToTimelineJs(source)
      : (JSON.parse(source) as TjsDocument);
  if (!Array.isArray(document.events)) throw new Error("expected an `events` list");
} catch (error) {
  console.error(`${file}: not a TimelineJS file (${(error as Error).message}).`);
  process.exit(1);
}

const slug = slugArg ?? slugify(basename(file, extname(file)));
const dir = process.env["STORIES_DIR"] ?? STORIES_DIR;
const target = join(dir, slug, "story.yaml");
if (existsSync(target)) {
  console.error(`${relative(process.cwd(), target)} exists already; not touching it.`);
  process.exit(1);
}

const { story, todo } = convertTimelineJs(document, language);
const header = [
  "# yaml-language-server: $schema=../../story.schema.json",
  `# Imported from ${basename(file)} by npm run import:timelinejs.`,
  "# Still to do before this story validates and can be published:",
  ...todo.map((line) => `#  - ${line}`),
  "",
].join("\n");
mkdirSync(join(dir, slug), { recursive: true });
writeFileSync(target, `${header}${stringify(story, { lineWidth: 100 })}`);

console.log(
  `Wrote ${relative(process.cwd(), target)} with ${(story.events as unknown[]).length} events.`,
);
console.log("Still to do:");
for (const line of todo) console.log(`  - ${line}`);
console.log(`Then check it with: npm run validate ${relative(process.cwd(), join(dir, slug))}`);
