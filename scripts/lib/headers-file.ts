/**
 * `_headers` (Netlify and Cloudflare Pages syntax; README says what to set on other hosts): the
 * response headers a static host should send. Written at build with one rule per story page,
 * because these hosts merge every rule that matches a path: a wildcard meant for the story
 * pages would also reach the embeds, which must stay frameable by any article.
 */
export interface HeaderPaths {
  /** The site's base: "/" or "/timelines/". */
  base: string;
  /** Every story page's path (each language), not the embeds'. */
  pages: readonly string[];
}

const rule = (path: string, headers: readonly string[]) =>
  [path, ...headers.map((header) => `  ${header}`)].join("\n");

export function headersFile({ base, pages }: HeaderPaths): string {
  const everywhere = [
    // Links out of a story tell other sites where the reader came from, not what they read.
    "Referrer-Policy: strict-origin-when-cross-origin",
    "X-Content-Type-Options: nosniff",
  ];
  const ownPage = [
    // A story page is ours alone: no other site may frame it (the embeds are for that).
    "Content-Security-Policy: frame-ancestors 'self'",
    "X-Frame-Options: SAMEORIGIN",
    // A developing story: every visit asks whether the page changed (a cheap 304 if not).
    "Cache-Control: no-cache",
  ];
  return [
    "# Made by npm run build (scripts/lib/headers-file.ts). See README, Serving it.",
    rule(`${base}*`, everywhere),
    // Hashed, content-named files never change: cache them for good, and let any origin load
    // them (a sandboxed embed has an opaque origin and loads its scripts with CORS).
    rule(`${base}assets/*`, [
      "Cache-Control: public, max-age=31536000, immutable",
      "Access-Control-Allow-Origin: *",
    ]),
    rule(`${base}embed.js`, [
      "Cache-Control: public, max-age=300",
      "Access-Control-Allow-Origin: *",
    ]),
    // What an open page polls for live updates: never from a cache.
    rule(`${base}*/version.json`, ["Cache-Control: no-cache"]),
    ...pages.map((path) => rule(path, ownPage)),
    "",
  ].join("\n\n");
}
