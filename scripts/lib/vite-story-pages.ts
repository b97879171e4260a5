import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { Problem } from "../../src/story/authoring/problem.ts";
import type * as DevPagesModule from "./dev-pages.ts";
import type * as DevStudioModule from "./dev-studio.ts";

type DevPages = typeof DevPagesModule;
type DevStudio = typeof DevStudioModule;

/** Reads a request's body, up to `limit` bytes. */
function readBody(req: NodeJS.ReadableStream, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

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
    // `vite preview` answers a missing page with the site's 404.html, as static hosts do.
    configurePreviewServer(server) {
      const dist = join(server.config.root, server.config.build.outDir);
      const page = join(dist, "404.html");
      return () =>
        server.middlewares.use((req, res, next) => {
          // Vite's own fallback has already pointed a folder's URL at its index.html, if any.
          const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
          const found = path.endsWith(".html") && existsSync(join(dist, path));
          if (req.method !== "GET" || found || !existsSync(page)) return next();
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(readFileSync(page));
        });
    },
    configureServer(server) {
      const root = server.config.root;
      const storiesDir = process.env["STORIES_DIR"]
        ? resolve(process.env["STORIES_DIR"])
        : join(root, "data/stories");
      server.watcher.add([storiesDir, join(root, "data/site.yaml")]);
      // A story file changed: its pages reload, and an open studio learns that the file it
      // may be editing changed behind its back (a custom event, not a reload of every page).
      server.watcher.on("change", (file) => {
        if (!file.endsWith(".yaml")) return;
        const slug = file.split(/[\\/]/).at(-2) ?? "";
        server.ws.send({ type: "custom", event: "story-changed", data: { slug } });
      });

      // The studio: the site's stories to open, and "Save to project" (dev server only).
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost");
        const send = (status: number, body: unknown, type = "application/json") => {
          res.statusCode = status;
          res.setHeader("Content-Type", `${type}; charset=utf-8`);
          res.setHeader("Cache-Control", "no-store");
          res.end(typeof body === "string" ? body : JSON.stringify(body));
        };
        const isList = url.pathname === "/studio/stories.json";
        const storyText = /^\/studio\/stories\/([a-z0-9-]+)\.yaml$/.exec(url.pathname);
        const isSave = url.pathname === "/__studio/save";
        if (!isList && !storyText && !isSave) return next();
        void (async () => {
          const studio = (await server.ssrLoadModule("/scripts/lib/dev-studio.ts")) as DevStudio;
          if (isList && req.method === "GET") return send(200, studio.studioStoryList());
          if (storyText && req.method === "GET") {
            const text = studio.studioStoryText(storyText[1] ?? "");
            return text === null
              ? send(404, { error: "no such story" })
              : send(200, text, "text/yaml");
          }
          if (!isSave || req.method !== "POST") return send(405, { error: "method not allowed" });
          const headers = req.headers;
          const fetchSite = headers["sec-fetch-site"];
          if (
            !studio.isOwnOrigin(
              headers.origin,
              headers.host,
              typeof fetchSite === "string" ? fetchSite : undefined,
            )
          ) {
            return send(403, { error: "only the studio on this dev server may save" });
          }
          if (!(headers["content-type"] ?? "").startsWith("application/json")) {
            return send(415, { error: "expected JSON" });
          }
          // studio-save.ts refuses a story over 5 MB; this only keeps a runaway body out of memory.
          const raw = await readBody(req, 12 * 1024 * 1024);
          if (raw === null) return send(413, { error: "the story is larger than 5 MB" });
          let body: unknown;
          try {
            body = JSON.parse(raw);
          } catch {
            return send(400, { error: "expected JSON" });
          }
          const answer = studio.studioSave(body);
          send(answer.status, answer.body);
        })().catch(next);
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
