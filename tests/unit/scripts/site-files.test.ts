import { describe, expect, it } from "vitest";
import { atomFeed } from "../../../scripts/lib/site-files/atom-feed.ts";
import { notFoundPage } from "../../../scripts/lib/site-files/not-found-page.ts";
import { oembedDocument } from "../../../scripts/lib/site-files/oembed.ts";
import { robotsTxt, siteMap } from "../../../scripts/lib/site-files/site-map.ts";
import { versionFile } from "../../../scripts/lib/site-files/version-file.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const story = loadBundledStory();
const SITE = "https://news.example.org/timelines";

describe("the story's feed", () => {
  const feed = atomFeed(story, { siteUrl: SITE, base: "/timelines/", lang: "en" });

  it("lists every event, newest first, with its page, date, status and update time", () => {
    const titles = [...feed.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title>([^<]*)<\/title>/g)].map(
      (m) => m[1],
    );
    expect(titles).toHaveLength(story.events.length);
    expect(titles[0]).toMatch(/experts/i);
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://news.example.org/timelines/maduro-usa-2025/en/experts-assess-standoff/"/>',
    );
    expect(feed).toContain('<category term="unconfirmed" label="Unconfirmed"/>');
    expect(feed).toContain("<summary>21 November 2025 · Unconfirmed");
    expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  });

  it("escapes whatever text it carries, and shows markup as its words", () => {
    const hostile = structuredClone(story);
    hostile.events[0]!.title.en = `<script>alert(1)</script> & "quotes"`;
    hostile.events[0]!.text = { nb: "x", en: "**bold** and [a link](https://example.org)" };
    const text = atomFeed(hostile, { siteUrl: SITE, base: "/timelines/", lang: "en" });
    expect(text).not.toContain("<script>");
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
    expect(text).toContain("bold and a link");
  });
});

describe("oEmbed", () => {
  it("is a rich embed whose html is the loader snippet, credited to the original's publisher", () => {
    const doc = oembedDocument(story, {
      lang: "en",
      pageUrl: `${SITE}/maduro-usa-2025/en/`,
      embedUrl: `${SITE}/maduro-usa-2025/en/embed/`,
      loaderUrl: `${SITE}/embed.js`,
      thumbnailUrl: `${SITE}/maduro-usa-2025/share.png`,
    });
    expect(doc).toMatchObject({
      type: "rich",
      version: "1.0",
      author_name: "TV 2",
      provider_url: "https://news.example.org",
    });
    expect(doc.html).toContain(`data-news-timeline="${SITE}/maduro-usa-2025/en/embed/"`);
    expect(doc.html).toContain(`<script async src="${SITE}/embed.js"></script>`);
  });
});

describe("the site's map, robots and version", () => {
  it("lists pages with their last change, and points robots at the map", () => {
    expect(siteMap([{ url: `${SITE}/x/`, updated: "2025-12-03T09:00:00+01:00" }])).toContain(
      `<url><loc>${SITE}/x/</loc><lastmod>2025-12-03T08:00:00.000Z</lastmod></url>`,
    );
    expect(robotsTxt(`${SITE}/sitemap.xml`)).toBe(
      `User-agent: *\nAllow: /\nSitemap: ${SITE}/sitemap.xml\n`,
    );
  });

  it("gives a version that changes with the story", () => {
    const before = versionFile(story, "/assets/x.json");
    const changed = structuredClone(story);
    changed.events[0]!.title.en = "Changed";
    expect(versionFile(changed, "/assets/y.json").hash).not.toBe(before.hash);
    expect(before.events).toBe(story.events.length);
  });
});

describe("the site's 404 page", () => {
  it("says so in each language and links to every story, in its words, with no script", () => {
    const page = notFoundPage([story], "/timelines/", "maduro-usa-2025");
    expect(page).toContain('<html lang="nb">');
    expect(page).toContain("<h1>Fant ikke siden</h1>");
    expect(page).toContain("<h1>Page not found</h1>");
    expect(page).toContain(
      '<a href="/timelines/maduro-usa-2025/en/">Maduro defied the US deadline to step down</a>',
    );
    expect(page).not.toContain("<script");
  });
});
