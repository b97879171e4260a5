/**
 * A stand-in for a newsroom's article page on another origin (port 4174), for the embed tests:
 * it serves the files beside it and nothing else.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";

const PORT = Number(process.env["HOST_PORT"] ?? 4174);
const FILES: Record<string, string> = {
  "/article.html": "article.html",
  "/pym.html": "pym.html",
  "/blank.html": "blank.html",
};

createServer((request, response) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const file = FILES[path];
  if (!file) {
    response.writeHead(404).end("not found");
    return;
  }
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(readFileSync(join(import.meta.dirname, file)));
}).listen(PORT, "127.0.0.1", () => console.log(`host page server on ${PORT}`));
