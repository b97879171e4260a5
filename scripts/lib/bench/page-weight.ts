import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface PageWeight {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesUnder(path);
    return name === "index.html" ? [path] : [];
  });
}

/**
 * The largest first response among a story's pages (its page, embed, languages and event
 * pages), as a host serves it: gzip level 9 and brotli quality 11, as static-server.ts does.
 */
export function largestPage(dist: string, slug: string): PageWeight {
  const weights = pagesUnder(join(dist, slug)).map((file) => {
    const body = readFileSync(file);
    return {
      file: file.slice(dist.length + 1),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
}
