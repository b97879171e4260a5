import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../../../scripts/lib/story-files.ts";
import { csvToTimelineJs } from "@/story/authoring/timelinejs/sheet-csv.ts";
import { convertTimelineJs } from "@/story/authoring/timelinejs/timelinejs.ts";
import type { TjsDocument } from "@/story/authoring/timelinejs/types.ts";
export const FIXTURES = join(import.meta.dirname, "../../../fixtures/timelinejs");
export const json = JSON.parse(readFileSync(join(FIXTURES, "sample.json"), "utf8")) as TjsDocument;
export const csv = csvToTimelineJs(readFileSync(join(FIXTURES, "sample.csv"), "utf8"));

// The importer's output is story.yaml's shape before it is complete, so it is read loosely here.
export type Loose = Record<string, unknown>;
export type Imported = {
  story: Loose;
  events: Array<Loose & { date: unknown; media?: Loose; threads?: string[]; status?: string }>;
  threads: Loose[];
};
export const imported = (doc: unknown) => convertTimelineJs(doc).story as unknown as Imported;

/** One event's text, as the story would show it, from a slide's HTML. */
export const textOf = (html: string) =>
  imported({ events: [{ start_date: { year: 2020 }, text: { headline: "H", text: html } }] })
    .events[0]!.text;

/** Runs the CLI as a journalist would, against a scratch stories folder. */
export function importCli(args: string[], storiesDir: string) {
  return spawnSync("npx", ["tsx", "scripts/import-timelinejs.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, STORIES_DIR: storiesDir },
  });
}

export const STACK_TRACE = /^\s+at /m;
