import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "@/lib/html-escape.ts";
import { plainText } from "@/lib/inline-markup.ts";
import { formatStoryDate } from "@/i18n/format-date.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadStoryFolder, STORIES_DIR } from "./story-files.ts";
import { loadSiteConfig } from "./site-config.ts";

/**
 * The benchmark's floor: the default story's text as one plain static HTML page, no CSS, no
 * script. Nothing that shows the same words can be faster; our pages are measured against it.
 * Its empty icon keeps the browser from asking for /favicon.ico as it finishes reading the page,
 * as our pages do: without it, the floor's simulated LCP was 650 or 750 ms from run to run, as
 * that request happened to start before or after Chrome painted.
 */
export function writeFloorPage(dist: string) {
  const site = loadSiteConfig();
  const story = loadStoryFolder(join(STORIES_DIR, site.defaultStory)).stories[0];
  if (!story) throw new Error(`The default story ${site.defaultStory} did not load`);
  const index = buildStoryIndex(story);
  const lang = story.languages[0] ?? "nb";
  const events = [...index.datedEvents, ...index.undatedEvents]
    .map(
      (e) =>
        `<li><p>${escapeHtml(formatStoryDate(e.date, lang))}</p><h2>${escapeHtml(e.title[lang])}</h2>${
          e.text ? `<p>${escapeHtml(plainText(e.text[lang]))}</p>` : ""
        }</li>`,
    )
    .join("\n");
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(story.title[lang])}</title><meta name="description" content="${escapeHtml(story.summary[lang])}"></head><body><main><h1>${escapeHtml(story.title[lang])}</h1><p>${escapeHtml(story.summary[lang])}</p><ol>${events}</ol></main></body></html>`;
  mkdirSync(join(dist, "bench-floor"), { recursive: true });
  writeFileSync(join(dist, "bench-floor", "index.html"), html);
}
