/**
 * `npm run build`: validates every story (a broken story cannot be deployed), builds the client,
 * then prerenders each story page to static HTML with the same React components.
 *
 *   dist/index.html            the default story (data/site.yaml)
 *   dist/<slug>/index.html     every story
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { formatProblem } from "../src/story/problem.ts";
import { loadSiteConfig } from "./lib/site-config.ts";
import { loadAllStories, ROOT } from "./lib/story-files.ts";
import type * as EntryServerModule from "../src/app/entry-server.tsx";

type EntryServer = typeof EntryServerModule;

// OUT_DIR lets a test build somewhere else than the dist/ a developer may be serving.
const DIST = process.env["OUT_DIR"] ? resolve(process.env["OUT_DIR"]) : join(ROOT, "dist");
const SSR_OUT = join(ROOT, "node_modules/.cache/ssr-build");

const { stories, problems, folders } = loadAllStories();
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

await build({ root: ROOT, logLevel: "warn", build: { outDir: DIST, emptyOutDir: true } });
await build({
  root: ROOT,
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

const entry = (await import(pathToFileURL(join(SSR_OUT, "entry-server.js")).href)) as EntryServer;
const template = readFileSync(join(DIST, "index.html"), "utf8");

/**
 * Critical CSS inline: all our CSS is about 4 KB gzipped, less than one extra round trip costs
 * a phone, so the page inlines it rather than block its first paint on a stylesheet request.
 */
function inlineCss(html: string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
    (_, file: string) => {
      const css = readFileSync(join(DIST, file), "utf8").replace(/<\/style/gi, "<\\/style");
      return `<style>${css}</style>`;
    },
  );
}

/**
 * The app's code starts loading once the story's first paint is on screen, from a one-line
 * script at the end of the body. The text never shares the network or the main thread with
 * code, and Lighthouse stops counting the code as part of the largest paint: its model treats
 * every request that finished before that paint as needed for it. The paint entry comes after
 * the frame is presented; an animation frame would be too early. A reader loses about a frame
 * before the buttons work, and links work without code. The timer covers a browser without
 * paint timing and an embed out of view, which does not paint at all.
 */
function bootAfterFirstPaint(html: string): { html: string; bootScript: string } {
  const script = html.match(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/);
  if (!script?.[1]) throw new Error("index.html has no module script to start the app");
  const bootScript =
    `(()=>{let started=false;const start=()=>{if(started)return;started=true;` +
    `import(${JSON.stringify(script[1])})};` +
    `try{new PerformanceObserver((list)=>{` +
    `if(list.getEntriesByName("first-contentful-paint").length)start()` +
    `}).observe({type:"paint",buffered:true})}catch{}` +
    `setTimeout(start,1000)})()`;
  // No modulepreload hints either: they would compete with the page's own text.
  const out = html.replace(script[0], "").replace(/<link rel="modulepreload"[^>]*>\s*/g, "");
  return { html: out.replace("</body>", `<script>${bootScript}</script>\n  </body>`), bootScript };
}

const booted = bootAfterFirstPaint(inlineCss(template));
const bootHash = createHash("sha256").update(booted.bootScript).digest("base64");
// No other inline script may run, whatever a story contains: the start-up line above is
// allowed by its hash, every other script must be the site's own file. Styles may be inline
// (positions in style attributes). Set here, not in index.html, because the dev server injects
// inline scripts of its own.
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${bootHash}'`,
  "style-src 'self' 'unsafe-inline'",
  // Event pictures may come from a news agency's or CMS's image server.
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
const finalTemplate = booted.html.replace(
  /<meta charset="utf-8" \/>/i,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
);
if (!finalTemplate.includes("Content-Security-Policy")) {
  throw new Error("Could not add the CSP to index.html");
}

function writePage(path: string, html: string) {
  mkdirSync(join(DIST, path), { recursive: true });
  writeFileSync(join(DIST, path, "index.html"), html);
}

const siteUrl = process.env["SITE_URL"] ?? site.siteUrl;
if (!siteUrl)
  console.warn("No siteUrl in data/site.yaml (or SITE_URL): share links will be root-relative.");

/**
 * The story in every language, for the reader who switches (a page embeds only its own). Named
 * by its content, like the other assets, so a static host may cache it for good.
 */
function writeAllLanguages(story: (typeof stories)[number]): string {
  const json = JSON.stringify(story);
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 10);
  const file = `assets/story-${story.slug}-${hash}.json`;
  writeFileSync(join(DIST, file), json);
  return `/${file}`;
}

for (const story of stories) {
  const allLanguages = writeAllLanguages(story);
  const page = entry.renderStoryDocument(finalTemplate, story, "page", siteUrl, allLanguages);
  const embed = entry.renderStoryDocument(finalTemplate, story, "embed", siteUrl, allLanguages);
  writePage(story.slug, page);
  writePage(join(story.slug, "embed"), embed);
  const folder = folders.get(story.slug);
  if (story.image && folder) {
    copyFileSync(join(folder, story.image.file), join(DIST, story.slug, story.image.file));
  }
  if (story.slug === site.defaultStory) {
    writePage("", page);
    writePage("embed", embed);
  }
  console.log(
    `prerendered /${story.slug}/ and /${story.slug}/embed/ (${story.events.length} events)`,
  );
}
rmSync(SSR_OUT, { recursive: true, force: true });
