/**
 * `npm run build`: validates every story (a broken story cannot be deployed), builds the client,
 * then prerenders each story page to static HTML with the same React components.
 *
 *   dist/index.html            the default story (data/site.yaml)
 *   dist/<slug>/index.html     every story
 */
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
// No inline script may run, whatever a story contains: the page's only scripts are its own
// files. Styles may be inline (positions in style attributes). Set here, not in index.html,
// because the dev server injects inline scripts of its own.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Event pictures may come from a news agency's or CMS's image server.
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
const template = readFileSync(join(DIST, "index.html"), "utf8").replace(
  /<meta charset="utf-8" \/>/i,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
);
if (!template.includes("Content-Security-Policy")) {
  throw new Error("Could not add the CSP to index.html");
}

/**
 * Critical CSS inline: all our CSS is about 4 KB gzipped, less than one extra round trip costs
 * a phone, so the page inlines it rather than block its first paint on a stylesheet request.
 * The module script and its preloads move to the end of the body: they never block paint.
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
function scriptsLast(html: string): string {
  const script = html.match(/<script type="module"[^>]*><\/script>/)?.[0];
  if (!script) return html;
  // No modulepreload hints: they would compete with the page's own text for the first bytes.
  const out = html.replace(script, "").replace(/<link rel="modulepreload"[^>]*>\s*/g, "");
  const lowPriority = script.replace("<script ", '<script fetchpriority="low" ');
  return out.replace("</body>", `${lowPriority}\n  </body>`);
}
const finalTemplate = scriptsLast(inlineCss(template));

function writePage(path: string, html: string) {
  mkdirSync(join(DIST, path), { recursive: true });
  writeFileSync(join(DIST, path, "index.html"), html);
}

const siteUrl = process.env["SITE_URL"] ?? site.siteUrl;
if (!siteUrl)
  console.warn("No siteUrl in data/site.yaml (or SITE_URL): share links will be root-relative.");

for (const story of stories) {
  const page = entry.renderStoryDocument(finalTemplate, story, "page", siteUrl);
  const embed = entry.renderStoryDocument(finalTemplate, story, "embed", siteUrl);
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
