import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { listFiles } from "../size-budgets.ts";

export interface PageWeight {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The largest first response among a story's pages (its page, embed, languages and event
 * pages), as a host serves it: gzip level 9 and brotli quality 11, as static-server.ts does.
 */
export function largestPage(dist: string, slug: string): PageWeight {
  const pages = listFiles(join(dist, slug), dist).filter((file) => file.endsWith("index.html"));
  const weights = pages.map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
}
