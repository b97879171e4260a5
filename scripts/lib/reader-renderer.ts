/**
 * Which renderer the reader's pages are built with. Preact by default, through `preact/compat`
 * (the same components and hooks), which takes what a reader of the story page loads in all from
 * 115.5 KB with React DOM to 59.9 KB with gzip, and from 101.6 to 54.0 KB with brotli
 * (TimelineJS: 95 and 82; `npm run bench`, 2026-12-04);
 * `READER_RENDERER=react` builds them with React DOM (README, "Two renderers"). The studio, the
 * build's prerender and `npm start` use React either way.
 */

/** Also what the tests of what Preact does differently run with (vitest.config.ts). */
export const PREACT_RENDERER_ALIASES = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react$/, replacement: "preact/compat" },
];

/** The aliases for the reader's client build (scripts/build.ts). */
export const READER_RENDERER_ALIASES =
  process.env["READER_RENDERER"] === "react" ? [] : PREACT_RENDERER_ALIASES;
