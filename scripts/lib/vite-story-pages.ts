import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { Problem } from "../../src/story/authoring/problem.ts";
import type * as DevPagesModule from "./dev-pages.ts";

type DevPages = typeof DevPagesModule;

/** Shows the problems in Vite's error overlay, with the first one's file and line. */
function sendOverlay(server: ViteDevServer, problems: Problem[], format: (p: Problem) => string) {
  const first = problems[0];
  server.ws.send({
    type: "error",
    err: {
      message: problems.map(format).join("\n"),
      stack: "",
      plugin: "story-pages",
      ...(first && { id: first.file, loc: { file: first.file, line: first.line, column: 1 } }),
    },
  });
}

/**
 * Dev server: renders each story page on request from its story.yaml, the same way the build
 * prerenders it (scripts/lib/dev-pages.ts, loaded through Vite so `@/` imports resolve), and
 * reloads the page when a story file changes. Imports nothing of the app itself: Vite reads
 * this file before it can resolve the app's `@/` alias.
 */
export function storyPages(): Plugin {
  return {
    name: "story-pages",
    configureServer(server) {
      const root = server.config.root;
      server.watcher.add([join(root, "data/stories"), join(root, "data/site.yaml")]);
      server.watcher.on("change", (file) => {
        if (file.endsWith(".yaml")) server.ws.send({ type: "full-reload" });
      });

      server.middlewares.use((req, res, next) => {
        const url = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost");
        const accepts = req.headers.accept ?? "";
        const wantsData = url.pathname.startsWith("/__story-data/");
        if (req.method !== "GET" || (!wantsData && !accepts.includes("text/html"))) return next();

        void (async () => {
          const pages = (await server.ssrLoadModule("/scripts/lib/dev-pages.ts")) as DevPages;
          const problem = (await server.ssrLoadModule("/src/story/authoring/problem.ts")) as {
            formatProblem: (p: Problem) => string;
          };
          const answer = await pages.answerDevRequest(server, url);
          if (!answer) return next();
          if (answer.kind === "json") {
            res.setHeader("Content-Type", "application/json; charset=utf-8");
            res.end(answer.body);
            return;
          }
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          if (answer.kind === "problems") {
            sendOverlay(server, answer.problems, problem.formatProblem);
            res.statusCode = 500;
          }
          res.end(answer.html);
        })().catch(next);
      });
    },
  };
}
