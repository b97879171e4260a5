/**
 * The studio (/studio/) and its preview frame, built apart from the reader's pages: no chunk
 * is shared with them, so a reader's page does not grow by a byte for the studio. The
 * published studio opens the site's stories from copies of their story.yaml written here
 * (read-only: saving into the project needs `npm start`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import type { Story } from "../../src/story/model/story.ts";
import { STORY_FILE } from "./story-files.ts";

/** The studio runs the authoring code in the page; it needs nothing from elsewhere either. */
const STUDIO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export async function buildStudio(
  root: string,
  dist: string,
  base: string,
  stories: readonly Story[],
  folders: ReadonlyMap<string, string>,
): Promise<void> {
  await build({
    root,
    base,
    logLevel: "warn",
    build: {
      outDir: dist,
      emptyOutDir: false,
      copyPublicDir: false,
      assetsDir: "studio/assets",
      rolldownOptions: {
        input: {
          studio: join(root, "studio/index.html"),
          preview: join(root, "studio/preview/index.html"),
        },
      },
    },
  });
  for (const page of ["studio/index.html", "studio/preview/index.html"]) {
    const file = join(dist, page);
    const html = readFileSync(file, "utf8").replace(
      /<meta charset="utf-8" \/>/i,
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${STUDIO_CSP}" />`,
    );
    if (!html.includes("Content-Security-Policy"))
      throw new Error(`Could not add the CSP to ${page}`);
    writeFileSync(file, html);
  }
  mkdirSync(join(dist, "studio/stories"), { recursive: true });
  writeFileSync(
    join(dist, "studio/stories.json"),
    JSON.stringify(stories.map((story) => ({ slug: story.slug, title: story.title }))),
  );
  for (const story of stories) {
    const folder = folders.get(story.slug);
    if (!folder) continue;
    writeFileSync(
      join(dist, "studio/stories", `${story.slug}.yaml`),
      readFileSync(join(folder, STORY_FILE), "utf8"),
    );
  }
}
