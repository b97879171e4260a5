import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { escapeHtml } from "../../src/app/html-escape.ts";
import { resolveStoryRoute } from "../../src/app/routes.ts";
import { formatProblem, type Problem } from "../../src/story/problem.ts";
import { loadSiteConfig } from "./site-config.ts";
import { loadAllStories, ROOT, STORIES_DIR } from "./story-files.ts";
import type * as EntryServerModule from "../../src/app/entry-server.tsx";

type EntryServer = typeof EntryServerModule;

function problemPage(problems: Problem[]): string {
  const lines = problems
    .map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story problems</title>
<script type="module" src="/@vite/client"></script></head>
<body><main><h1>The story has ${problems.length} problem(s)</h1><ul>${lines}</ul>
<p>Fix them in the file and this page reloads.</p></main></body></html>`;
}

/** Shows the problems in Vite's error overlay, with the first one's file and line. */
function sendOverlay(server: ViteDevServer, problems: Problem[]) {
  const first = problems[0];
  server.ws.send({
    type: "error",
    err: {
      message: problems.map(formatProblem).join("\n"),
      stack: "",
      plugin: "story-pages",
      ...(first && { id: first.file, loc: { file: first.file, line: first.line, column: 1 } }),
    },
  });
}

/**
 * Dev server: renders each story page on request from its story.yaml, the same way the build
 * prerenders it, and reloads the page when a story file changes.
 */
export function storyPages(): Plugin {
  return {
    name: "story-pages",
    configureServer(server) {
      server.watcher.add([STORIES_DIR, join(ROOT, "data/site.yaml")]);
      server.watcher.on("change", (file) => {
        if (file.endsWith(".yaml")) server.ws.send({ type: "full-reload" });
      });

      server.middlewares.use((req, res, next) => {
        const url = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost");
        const accepts = req.headers.accept ?? "";
        if (req.method !== "GET" || !accepts.includes("text/html")) return next();

        void (async () => {
          const { stories, problems } = loadAllStories();
          const site = loadSiteConfig();
          const slugs = [
            ...stories.map((s) => s.slug),
            ...problems.map((p) => p.file.split("/").at(-2) ?? ""),
          ];
          const route = resolveStoryRoute(url.pathname, slugs, site.defaultStory);
          if (!route) return next();
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          const story = stories.find((s) => s.slug === route.slug);
          const storyProblems = problems.filter((p) => p.file.includes(`/${route.slug}/`));
          if (!story || storyProblems.length > 0) {
            sendOverlay(server, storyProblems);
            res.statusCode = 500;
            res.end(problemPage(storyProblems));
            return;
          }
          const template = await server.transformIndexHtml(
            url.pathname,
            readFileSync(join(ROOT, "index.html"), "utf8"),
          );
          const entry = (await server.ssrLoadModule("/src/app/entry-server.tsx")) as EntryServer;
          res.end(
            entry.renderStoryDocument(
              template,
              story,
              route.view,
              process.env["SITE_URL"] ?? site.siteUrl,
            ),
          );
        })().catch(next);
      });
    },
  };
}
