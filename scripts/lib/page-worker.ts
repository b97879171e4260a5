/**
 * The worker thread of page-writer.ts: loads the server renderer and the story, and writes the
 * pages it was handed. It exits with an error (failing the build) if any page fails.
 */
import "./production-mode.ts";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import type { Story } from "../../src/story/model/story.ts";
import { writeStoryPages, type WorkerInput } from "./page-writer.ts";
import type { EntryServer } from "./render-page.ts";

const { dist, template, entryFile, storyFile, jobs } = workerData as WorkerInput;
const entry = (await import(pathToFileURL(entryFile).href)) as EntryServer;
const story = JSON.parse(readFileSync(storyFile, "utf8")) as Story;
writeStoryPages({ dist, template, entry, entryFile }, story, jobs);
