import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".yaml": "text/yaml; charset=utf-8",
};

export type Encoding = "br" | "gzip";

/**
 * Serves a built site the way a good static host does: brotli or gzip for text, immutable
 * caching for hashed assets, `/dir/` → `/dir/index.html`. For the benchmark, on loopback only.
 * `encodings` says what the host offers: a CDN both, GitHub Pages and many newsroom servers
 * gzip only.
 */
export function serveStatic(
  root: string,
  port: number,
  prefix = "/",
  encodings: readonly Encoding[] = ["br", "gzip"],
): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const full = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    // A site built for a path (https://news.example.org/timelines/) is served under it only.
    if (!full.startsWith(prefix)) return void response.writeHead(404).end("not found");
    const path = `/${full.slice(prefix.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    // As static hosts do: the site's own 404 page, when it has one.
    const missing = join(root, "404.html");
    if (!existsSync(file) && existsSync(missing))
      return void response
        .writeHead(404, { "Content-Type": TYPES[".html"]! })
        .end(readFileSync(missing));
    if (!existsSync(file)) return void response.writeHead(404).end("not found");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = {
      "Content-Type": type,
      "Cache-Control": path.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300",
    };
    let body: Buffer = readFileSync(file);
    const accepts = String(request.headers["accept-encoding"] ?? "");
    if (/text|javascript|json|svg/.test(type)) {
      const encoding = encodings.find((offered) => accepts.includes(offered)) ?? null;
      if (encoding) {
        // Keyed by the file's change time too: a rebuilt site is served as it is now.
        const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
        let compressed = cache.get(key);
        if (!compressed) {
          compressed =
            encoding === "br"
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 });
          cache.set(key, compressed);
        }
        body = compressed;
        headers["Content-Encoding"] = encoding;
        headers["Vary"] = "Accept-Encoding";
      }
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
