/**
 * Renders and writes prerendered pages, sharing a long run of them with a worker thread: a
 * 20,000-event story has over a thousand pages of its list, each a few milliseconds of React on
 * one core while the build machine's other core (CI has two) sits idle.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Story } from "../../src/story/model/story.ts";
import type { PreparedTemplate } from "./page-template.ts";
import { renderPage, type EntryServer, type PageOptions } from "./render-page.ts";

export interface PageJob {
  /** The page's folder under the site's root; its HTML is `index.html` in it. */
  path: string;
  options: PageOptions;
}

export interface PageWriterSetup {
  dist: string;
  template: PreparedTemplate;
  /** The server renderer, and the file it was loaded from (the worker loads it again). */
  entry: EntryServer;
  entryFile: string;
}

/** What the worker is handed: all of it plain data (a worker receives copies). */
export interface WorkerInput {
  dist: string;
  template: PreparedTemplate;
  entryFile: string;
  /** The story as the build wrote it for browsers: every language, exactly the story's JSON. */
  storyFile: string;
  jobs: PageJob[];
}

/** Fewer pages than this are written on the main thread: a worker takes ~0.3 s to start. */
const WORKER_FROM_PAGES = 200;
/** The worker starts cold and reads the story first: it gets a little less than half. */
const WORKER_SHARE = 0.45;

export function writePage(dist: string, path: string, html: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, "index.html"), html);
}

export function writeStoryPages(
  { dist, template, entry }: PageWriterSetup,
  story: Story,
  jobs: readonly PageJob[],
): void {
  for (const { path, options } of jobs)
    writePage(dist, path, renderPage(entry, template, story, "page", options));
}

/**
 * Writes the story's pages, a share of them in a worker when there are many. `storyFile` must
 * hold this story as JSON (the build's all-languages data file).
 */
export async function writeManyStoryPages(
  setup: PageWriterSetup,
  story: Story,
  storyFile: string,
  jobs: readonly PageJob[],
): Promise<void> {
  if (jobs.length < WORKER_FROM_PAGES) return writeStoryPages(setup, story, jobs);
  const split = Math.round(jobs.length * (1 - WORKER_SHARE));
  const input: WorkerInput = {
    dist: setup.dist,
    template: setup.template,
    entryFile: setup.entryFile,
    storyFile,
    jobs: jobs.slice(split),
  };
  const worker = new Worker(new URL("./page-worker-boot.mjs", import.meta.url), {
    workerData: input,
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the page worker stopped with code ${code}`)),
    );
  });
  // Caught here and rethrown below: a failure while this thread renders its share must not
  // leave the worker's rejection unhandled.
  const outcome = done.then(
    () => null,
    (error: unknown) => error,
  );
  writeStoryPages(setup, story, jobs.slice(0, split));
  const error = await outcome;
  if (error) throw error;
}
