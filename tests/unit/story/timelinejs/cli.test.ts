import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLUG_PATTERN } from "@/story/authoring/story-skeleton.ts";
import { storySlugFromFileName } from "@/story/authoring/timelinejs/slug.ts";
import { FIXTURES, importCli, STACK_TRACE, type Imported } from "./helpers.ts";

describe("npm run import:timelinejs", () => {
  it("writes the story with its to-do list as comments", () => {
    const dir = mkdtempSync(join(tmpdir(), "tjs-stories-"));
    const result = importCli([join(FIXTURES, "media.json"), "media-test"], dir);
    expect(result.status, result.stderr).toBe(0);
    const yaml = readFileSync(join(dir, "media-test", "story.yaml"), "utf8");
    expect(yaml).toContain(
      '#  - Slide 2 ("En video"): https://www.youtube.com/watch?v=abc123 is a video/embed link',
    );
    expect((parse(yaml) as Imported).events).toHaveLength(6);
    expect(result.stdout).toContain("Still to do:");
  }, 60_000);

  it("refuses a slug that is not a slug, before writing anything", () => {
    const base = mkdtempSync(join(tmpdir(), "tjs-slug-"));
    const dir = join(base, "data", "stories");
    mkdirSync(dir, { recursive: true });
    for (const slug of ["../../src/app", "../../../../tmp/x"]) {
      const result = importCli([join(FIXTURES, "sample.json"), slug], dir);
      expect(result.status, slug).toBe(1);
      expect(result.stderr.trim().split("\n"), slug).toEqual([
        `${JSON.stringify(slug)} is not a valid slug: use lower-case letters, digits and single dashes, at most 80 characters, like "election-2027".`,
      ]);
    }
    expect(existsSync(join(base, "src"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it("makes a valid slug of at most 80 characters from an awkward file name", () => {
    const name = `Valget i «Eksempelland» – ${"veldig lang tittel ".repeat(10)}(utkast).json`;
    expect(storySlugFromFileName("Første periode (utkast)")).toBe("forste-periode-utkast");
    expect(storySlugFromFileName("«»")).toBe("imported-timeline");
    const slug = storySlugFromFileName(name.replace(/\.json$/, ""));
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.length).toBeLessThanOrEqual(80);

    const files = mkdtempSync(join(tmpdir(), "tjs-files-"));
    writeFileSync(join(files, name), readFileSync(join(FIXTURES, "sample.json")));
    const dir = mkdtempSync(join(tmpdir(), "tjs-stories-"));
    const result = importCli([join(files, name)], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([slug]);
  }, 60_000);

  it("says what is wrong with a file it cannot read, without a stack trace", () => {
    const files = mkdtempSync(join(tmpdir(), "tjs-files-"));
    writeFileSync(join(files, "liste.json"), "[1, 2]");
    const dir = mkdtempSync(join(tmpdir(), "tjs-stories-"));
    const result = importCli([join(files, "liste.json"), "liste"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'liste.json: not a TimelineJS file (expected a JSON object with an "events" list, found a list).',
    );
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(dir)).toEqual([]);

    const folder = importCli([files, "mappe"], dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain("no such file");
    expect(folder.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);
});
