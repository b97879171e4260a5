/**
 * What the dev server answers for a story's page, embed or data, rendered on request from its
 * story.yaml by the same functions the build uses. Loaded through Vite (ssrLoadModule), so it
 * and the app's code resolve `@/` imports and reload when they change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { escapeHtml } from "@/lib/html-escape.ts";
import { resolveStoryRoute } from "@/lib/routes.ts";
import { listPageKeys } from "@/features/events/list-pages.ts";
import { formatProblem, type Problem } from "@/story/authoring/problem.ts";
import { storyInLanguage } from "@/story/model/story-in-language.ts";
import { prepareTemplate } from "./page-template.ts";
import { renderPage, type EntryServer } from "./render-page.ts";
import { loadSiteConfig } from "./site-config.ts";
import { loadAllStories, ROOT } from "./story-files.ts";

/**
 * Where the dev server serves a story: `<slug>.json` in every language, `<slug>.<lang>.json`
 * in one (the build names its files by content).
 */
export const DEV_STORY_DATA = "/__story-data/";

export type DevAnswer =
  | { kind: "page"; html: string }
  | { kind: "json"; body: string }
  | { kind: "problems"; html: string; problems: Problem[] }
  | null;

function problemPage(problems: Problem[]): string {
  const lines = problems
    .map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story problems</title>
<script type="module">import { createHotContext } from "/@vite/client";
createHotContext("/__story-problems").on("story-changed", () => location.reload());</script></head>
<body><main><h1>The story has ${problems.length} problem(s)</h1><ul>${lines}</ul>
<p>Fix them in the file and this page reloads.</p></main></body></html>`;
}

export async function answerDevRequest(server: ViteDevServer, url: URL): Promise<DevAnswer> {
  const { stories, problems } = loadAllStories(undefined, { warnings: false });
  if (url.pathname.startsWith(DEV_STORY_DATA)) {
    const [slug, lang] = url.pathname
      .slice(DEV_STORY_DATA.length)
      .replace(/\.json$/, "")
      .split(".");
    const story = stories.find((s) => s.slug === slug);
    if (!story) return null;
    if (lang === undefined) return { kind: "json", body: JSON.stringify(story) };
    const language = story.languages.find((l) => l === lang);
    return language
      ? { kind: "json", body: JSON.stringify(storyInLanguage(story, language)) }
      : null;
  }
  const site = loadSiteConfig();
  const slugs = [
    ...stories.map((s) => s.slug),
    ...problems.map((p) => p.file.split("/").at(-2) ?? ""),
  ];
  const route = resolveStoryRoute(url.pathname, slugs, site.defaultStory);
  if (!route) return null;
  const story = stories.find((s) => s.slug === route.slug);
  const storyProblems = problems.filter((p) => p.file.includes(`/${route.slug}/`));
  if (!story || storyProblems.length > 0) {
    return { kind: "problems", html: problemPage(storyProblems), problems: storyProblems };
  }
  // An event's own page exists for the story's events only, as the build makes them.
  if (route.event && !story.events.some((event) => event.id === route.event)) return null;
  // So does a page of a long story's list, for the pages its list has.
  if (route.listPage && !listPageKeys(story).includes(route.listPage)) return null;
  const raw = await server.transformIndexHtml(
    url.pathname,
    readFileSync(join(ROOT, "index.html"), "utf8"),
  );
  const entry = (await server.ssrLoadModule("/src/app/entry-server.tsx")) as EntryServer;
  // A path's language the story does not have shows the story in its own.
  const lang = story.languages.find((language) => language === route.lang);
  const html = renderPage(entry, prepareTemplate(raw), story, route.view, {
    siteUrl: process.env["SITE_URL"] ?? site.siteUrl,
    allLanguagesUrl: `${DEV_STORY_DATA}${story.slug}.json`,
    dataUrl: `${DEV_STORY_DATA}${story.slug}.${lang ?? story.languages[0]}.json`,
    lang,
    event: route.event ?? undefined,
    listPage: route.listPage ?? undefined,
  });
  return { kind: "page", html };
}
