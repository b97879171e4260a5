import { describe, expect, it } from "vitest";
import { renderDocumentHead } from "@/app/document-head.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const story = loadBundledStory();
const SITE = "https://news.example.org";
const card = { path: "/maduro-usa-2025/en/card.png", alt: "Timeline. Maduro defied… Source: TV 2" };

/** The content of each `<meta>` named `key` (property or name), in order. */
function meta(head: string, key: string): string[] {
  return [
    ...head.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`, "g")),
  ].map((m) => m[1]!);
}

describe("the picture a shared story page shows", () => {
  it("is the page's social card, as an absolute URL with its size and words", () => {
    const head = renderDocumentHead(story, { siteUrl: SITE, lang: "en", shareImage: card });
    expect(meta(head, "og:image")).toEqual([`${SITE}/maduro-usa-2025/en/card.png`]);
    expect(meta(head, "twitter:image")).toEqual([`${SITE}/maduro-usa-2025/en/card.png`]);
    expect(meta(head, "twitter:card")).toEqual(["summary_large_image"]);
    expect(meta(head, "og:image:width")).toEqual(["1200"]);
    expect(meta(head, "og:image:height")).toEqual(["630"]);
    expect(meta(head, "og:image:alt")).toEqual([card.alt]);
    expect(meta(head, "twitter:image:alt")).toEqual([card.alt]);
  });

  it("names the card in the article's structured data too", () => {
    const head = renderDocumentHead(story, { siteUrl: SITE, lang: "en", shareImage: card });
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1];
    expect(JSON.parse(json!).image).toEqual([`${SITE}/maduro-usa-2025/en/card.png`]);
  });

  it("stays root-relative when the site does not know its address", () => {
    const head = renderDocumentHead(story, { lang: "en", shareImage: card });
    expect(meta(head, "og:image")).toEqual(["/maduro-usa-2025/en/card.png"]);
  });

  it("falls back to the story's own image when no card was drawn", () => {
    const head = renderDocumentHead(story, { siteUrl: SITE, lang: "nb" });
    expect(meta(head, "og:image")).toEqual([`${SITE}/maduro-usa-2025/share.png`]);
    expect(meta(head, "og:image:alt")).toEqual([story.image!.alt.nb]);
    expect(meta(head, "twitter:card")).toEqual(["summary_large_image"]);
  });

  it("is a small summary card when there is neither", () => {
    const { image: _image, ...plain } = story;
    const head = renderDocumentHead(plain, { siteUrl: SITE, lang: "nb" });
    expect(meta(head, "og:image")).toEqual([]);
    expect(meta(head, "twitter:card")).toEqual(["summary"]);
  });

  it("escapes the card's words in its alt text", () => {
    const head = renderDocumentHead(story, {
      lang: "en",
      shareImage: { path: card.path, alt: `"><script>alert(1)</script>` },
    });
    expect(head).not.toContain("<script>alert");
    expect(meta(head, "og:image:alt")).toEqual(["&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"]);
  });
});
