import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../../scripts/lib/generate-story.ts";
import { writeSiteFiles } from "../../../scripts/lib/site-files/write-site-files.ts";
import { atomFeed, FEED_MAX_ENTRIES } from "../../../scripts/lib/site-files/atom-feed.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { listPageKeys } from "@/features/events/list-pages.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { toStory } from "@/story/model/story.ts";

const { story: data } = validateStorySource(generateStoryYaml(200), "generated.yaml");
const story = toStory(data!, "long");
const dist = mkdtempSync(join(tmpdir(), "site-files-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("the site's files for a story whose list is paged", () => {
  it("list each page of the list in the site's map, and give them the pages' headers", () => {
    for (const at of ["long", "long/en"]) mkdirSync(join(dist, at), { recursive: true });
    writeSiteFiles({
      dist,
      stories: [story],
      site: { defaultStory: "long" },
      siteUrl: "https://example.org",
      base: "/",
      dataUrls: new Map([["long", "/assets/story-long.json"]]),
      cards: { imageFor: () => undefined, picturePath: () => undefined },
    });
    const keys = listPageKeys(story);
    expect(keys.length).toBeGreaterThan(1);
    const map = readFileSync(join(dist, "sitemap.xml"), "utf8");
    for (const key of keys) {
      expect(map).toContain(`<loc>https://example.org/long/events/${key}/</loc>`);
      expect(map).toContain(`<loc>https://example.org/long/en/events/${key}/</loc>`);
    }
    // One rule for all of a language's list pages: hosts limit how many rules they read.
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    expect(headers).toMatch(
      /^\/long\/events\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'/m,
    );
    expect(headers).toMatch(/^\/long\/en\/events\/\*$/m);
  });
});

describe("the feed of a long story", () => {
  it("carries the newest events only, newest first", () => {
    const feed = atomFeed(story, { siteUrl: "https://example.org", base: "/", lang: "nb" });
    // A story this long has no event pages: an entry links the story's page opened on it.
    const ids = [
      ...feed.matchAll(/<entry>\s*<id>https:\/\/example\.org\/long\/\?event=([^<]+)</g),
    ].map((m) => m[1]);
    const newest = [...buildStoryIndex(story).datedEvents].reverse().slice(0, FEED_MAX_ENTRIES);
    expect(story.events.length).toBeGreaterThan(FEED_MAX_ENTRIES);
    expect(ids).toEqual(newest.map((event) => event.id));
  });
});
