import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStoryFolder, ROOT } from "../../../scripts/lib/story-files.ts";
import { renderStoryDocument } from "@/app/entry-server.tsx";
import { resolveStoryRoute } from "@/lib/routes.ts";

function newStory(dir: string, slug: string) {
  return spawnSync("npx", ["tsx", "scripts/new-story.ts", slug], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, STORIES_DIR: dir },
  });
}

describe("npm run new-story", () => {
  it("creates a commented skeleton that validates and renders at /<slug>/", () => {
    const dir = mkdtempSync(join(tmpdir(), "stories-"));
    const result = newStory(dir, "election-2027");
    expect(result.status).toBe(0);
    const yaml = readFileSync(join(dir, "election-2027", "story.yaml"), "utf8");
    expect(yaml).toContain("# The events. Dates:");

    const { stories, problems } = loadStoryFolder(join(dir, "election-2027"));
    expect(problems).toEqual([]);
    const story = stories[0]!;
    expect(resolveStoryRoute("/election-2027/", ["election-2027"], "other")).toEqual({
      slug: "election-2027",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
    const html = renderStoryDocument(
      '<html lang="x"><head><!--app-head--></head><div id="root"><!--app-html--></div><!--app-data-->',
      story,
    );
    expect(html).toContain("<h1>Ny sak</h1>");
  }, 30_000);

  it("refuses a bad slug and never overwrites a story", () => {
    const dir = mkdtempSync(join(tmpdir(), "stories-"));
    expect(newStory(dir, "Bad Slug!").status).toBe(1);
    expect(existsSync(join(dir, "Bad Slug!"))).toBe(false);
    expect(newStory(dir, "again").status).toBe(0);
    const second = newStory(dir, "again");
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("exists already");
  }, 30_000);
});
