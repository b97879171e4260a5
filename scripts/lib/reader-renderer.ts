/**
 * Which renderer the reader's pages are built with. React DOM by default; `READER_RENDERER=preact`
 * builds them with Preact through `preact/compat` (the same components and hooks), which takes
 * what a reader loads in all from 115.6 to 58.4 KB with gzip and from 101.6 to 52.6 KB with
 * brotli (TimelineJS: 95 and 82), but hydrates in tasks that block the main thread longer than
 * React's slices do (README, "Two renderers"). The studio, the build's prerender and `npm start`
 * use React either way.
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
  process.env["READER_RENDERER"] === "preact" ? PREACT_RENDERER_ALIASES : [];
