/**
 * `npm run build`: validates every story (a broken story cannot be deployed), builds the client,
 * then prerenders each story page to static HTML with the same React components, into a fresh
 * folder that replaces dist/ only when everything has succeeded.
 *
 *   dist/index.html            the default story (data/site.yaml)
 *   dist/<slug>/index.html     every story
 */
import "./lib/production-mode.ts";
import "./lib/allocator-settings.ts";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { formatProblem } from "@/story/authoring/problem.ts";
import { loadSiteConfig } from "./lib/site-config.ts";
import { loadAllStories, ROOT } from "./lib/story-files.ts";
import { baseOfSiteUrl } from "@/lib/site-base.ts";
import { buildStudio } from "./lib/build-studio.ts";
import { compileHints } from "./lib/compile-hints.ts";
import { READER_RENDERER_ALIASES } from "./lib/reader-renderer.ts";
import { versionFile } from "./lib/site-files/version-file.ts";
import { writeSiteFiles } from "./lib/site-files/write-site-files.ts";
import { hasEventPages } from "@/story/model/event-pages.ts";
import { listPageKeys } from "@/features/events/list-pages.ts";
import { storyInLanguage } from "@/story/model/story-in-language.ts";
import { prepareTemplate } from "./lib/page-template.ts";
import { renderPage, type EntryServer } from "./lib/render-page.ts";
import { writeManyStoryPages, writePage as writeHtml } from "./lib/page-writer.ts";
import { buildSocialCards } from "./lib/social-cards/build-step.ts";

// OUT_DIR lets a test build somewhere else than the dist/ a developer may be serving.
const TARGET = process.env["OUT_DIR"] ? resolve(process.env["OUT_DIR"]) : join(ROOT, "dist");
// The site is built beside the target and takes its place only once the whole build has
// succeeded: a build that fails half-way leaves the last good site as it was.
const DIST = `${TARGET}.building-${process.pid}`;
process.on("exit", () => rmSync(DIST, { recursive: true, force: true }));
const SSR_OUT = join(ROOT, "node_modules/.cache/ssr-build");

// Warnings are `npm run validate`'s and the studio's business: the build does not print them.
const { stories, problems, folders } = loadAllStories(undefined, { warnings: false });
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\nBuild stopped: ${problems.length} problem(s) in the stories. Run npm run validate.`,
  );
  process.exit(1);
}
const site = loadSiteConfig();
if (!stories.some((s) => s.slug === site.defaultStory)) {
  console.error(
    `data/site.yaml:1  defaultStory  expected a story folder name, found "${site.defaultStory}"`,
  );
  process.exit(1);
}

const siteUrl = process.env["SITE_URL"] ?? site.siteUrl;
if (!siteUrl)
  console.warn("No siteUrl in data/site.yaml (or SITE_URL): share links will be root-relative.");
// The path the site is served under (https://news.example.org/timelines → /timelines/):
// every page, asset, data file and link is built for it.
const base = baseOfSiteUrl(siteUrl);

await build({
  root: ROOT,
  base,
  logLevel: "warn",
  resolve: { alias: READER_RENDERER_ALIASES },
  plugins: [compileHints()],
  build: { outDir: DIST, emptyOutDir: true },
});
await build({
  root: ROOT,
  base,
  logLevel: "warn",
  build: { ssr: "src/app/entry-server.tsx", outDir: SSR_OUT, emptyOutDir: true, sourcemap: false },
});

// embed.js, the loader host pages include: one small file, no hash, no dependencies.
await build({
  root: ROOT,
  configFile: false,
  logLevel: "warn",
  build: {
    outDir: DIST,
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    target: "es2019",
    lib: {
      entry: join(ROOT, "src/embed-loader/embed-loader.ts"),
      formats: ["iife"],
      name: "NewsTimelineLoader",
      fileName: () => "embed.js",
    },
  },
});

// SKIP_STUDIO=1: a test that rebuilds only to change a story need not build the studio again.
if (!process.env["SKIP_STUDIO"]) await buildStudio(ROOT, DIST, base, stories, folders);

const entry = (await import(pathToFileURL(join(SSR_OUT, "entry-server.js")).href)) as EntryServer;

// The same template, start-up script and CSP as the dev server (scripts/lib/page-template.ts).
const template = prepareTemplate(
  readFileSync(join(DIST, "index.html"), "utf8"),
  (href) => readFileSync(join(DIST, href.slice(base.length)), "utf8"),
  (css) => writeAsset("print-and-contrast", "css", css),
);

const pageWriter = {
  dist: DIST,
  template,
  entry,
  entryFile: join(SSR_OUT, "entry-server.js"),
};
const writePage = (path: string, html: string) => writeHtml(DIST, path, html);

/** Writes a file into assets/, named by its content so a static host may cache it for good. */
function writeAsset(name: string, extension: string, text: string): string {
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
  const file = `assets/${name}-${hash}.${extension}`;
  writeFileSync(join(DIST, file), text);
  return `${base}${file}`;
}

const writeDataFile = (name: string, data: unknown) =>
  writeAsset(name, "json", JSON.stringify(data));

/**
 * The story's data files: one per language, which its pages fetch alongside the code (a page
 * carries only the address, so its HTML stays within the first round trip), and one with every
 * language, for the reader who switches and for live updates.
 */
function writeStoryData(story: (typeof stories)[number]) {
  const all = writeDataFile(`story-${story.slug}`, story);
  return {
    all,
    // What an open page checks for updates: worked out once, for every page of the story.
    version: versionFile(story, all).hash,
    byLanguage: new Map(
      story.languages.map((lang) => [
        lang,
        writeDataFile(`story-${story.slug}-${lang}`, storyInLanguage(story, lang)),
      ]),
    ),
  };
}

// Social cards: a PNG per story and event, per language, that shared links show
// (scripts/lib/social-cards/). Drawn before the pages, whose heads name them.
const cards = await buildSocialCards(stories, DIST, { root: ROOT, base });

/** What each of a story's pages in one language is rendered with: its data and version. */
function pageOptions(
  story: (typeof stories)[number],
  data: ReturnType<typeof writeStoryData>,
  lang: (typeof stories)[number]["languages"][number],
) {
  return {
    siteUrl,
    allLanguagesUrl: data.all,
    dataUrl: data.byLanguage.get(lang),
    lang,
    version: data.version,
  };
}

/**
 * A page per event and language (`/<slug>/<event-id>/`, `/<slug>/en/<event-id>/`): the story
 * opened on that event, readable without scripts, with the event's own title and description
 * for link previews, and its own oEmbed document (the embed opened on that event).
 */
function writeEventPages(
  story: (typeof stories)[number],
  data: ReturnType<typeof writeStoryData>,
): number {
  if (!hasEventPages(story)) return 0;
  const original = story.languages[0];
  let count = 0;
  for (const lang of story.languages) {
    const common = pageOptions(story, data, lang);
    for (const event of story.events) {
      const options = {
        ...common,
        event: event.id,
        shareImage: cards.imageFor(story, lang, event.id), // social card
      };
      writePage(
        join(story.slug, lang === original ? "" : lang, event.id),
        renderPage(entry, template, story, "page", options),
      );
      count++;
    }
  }
  return count;
}

/**
 * A page per page of a long story's list, in each language (`/<slug>/events/2016-03/`): the
 * story's page links to them instead of carrying every event (src/features/events/list-pages.ts).
 */
async function writeListPages(
  story: (typeof stories)[number],
  data: ReturnType<typeof writeStoryData>,
): Promise<number> {
  const keys = listPageKeys(story);
  const original = story.languages[0];
  const jobs = story.languages.flatMap((lang) => {
    const common = { ...pageOptions(story, data, lang), shareImage: cards.imageFor(story, lang) };
    return keys.map((key) => ({
      path: join(story.slug, lang === original ? "" : lang, "events", key),
      options: { ...common, listPage: key },
    }));
  });
  // A thousand pages and more for a long story: a worker thread takes a share (page-writer.ts),
  // reading the story from the data file just written for browsers.
  await writeManyStoryPages(pageWriter, story, join(DIST, data.all.slice(base.length)), jobs);
  return keys.length;
}

const dataUrls = new Map<string, string>();
for (const story of stories) {
  const data = writeStoryData(story);
  const allLanguages = data.all;
  dataUrls.set(story.slug, allLanguages);
  const original = story.languages[0];
  const folder = folders.get(story.slug);
  if (story.image && folder) {
    mkdirSync(join(DIST, story.slug), { recursive: true });
    copyFileSync(join(folder, story.image.file), join(DIST, story.slug, story.image.file));
  }
  // Each language is a page of its own: /<slug>/ in the story's language, /<slug>/en/ …
  for (const lang of story.languages) {
    const options = { ...pageOptions(story, data, lang), shareImage: cards.imageFor(story, lang) };
    const page = renderPage(entry, template, story, "page", options);
    const embed = renderPage(entry, template, story, "embed", options);
    const at = lang === original ? "" : lang;
    writePage(join(story.slug, at), page);
    writePage(join(story.slug, at, "embed"), embed);
    if (story.slug === site.defaultStory) {
      writePage(at, page);
      writePage(join(at, "embed"), embed);
    }
  }
  const pages = writeEventPages(story, data);
  const listed = await writeListPages(story, data);
  console.log(
    `prerendered /${story.slug}/, its embed, ${story.languages.length - 1} other language(s), ${pages} event page(s) and ${listed} page(s) of its list (${story.events.length} events)`,
  );
}
rmSync(SSR_OUT, { recursive: true, force: true });

// What travels beyond the page (feeds, oEmbed, version.json, site map, robots, 404, _headers).
writeSiteFiles({ dist: DIST, stories, site, siteUrl, base, dataUrls, cards });

// Swap the finished site in: the old one moves aside first, so the target is never half of each.
const previous = `${TARGET}.previous-${process.pid}`;
if (existsSync(TARGET)) renameSync(TARGET, previous);
renameSync(DIST, TARGET);
rmSync(previous, { recursive: true, force: true });
