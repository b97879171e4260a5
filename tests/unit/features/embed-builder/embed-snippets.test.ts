import { describe, expect, it } from "vitest";
import {
  buildEmbedUrl,
  iframeSnippet,
  loaderSnippet,
} from "@/features/embed-builder/embed-snippets.ts";

const BASE = "https://news.example/maduro-usa-2025/embed/";

describe("buildEmbedUrl", () => {
  it("writes only the choices that differ from the defaults", () => {
    expect(
      buildEmbedUrl(BASE, { start: "first", lang: "nb", theme: "light", header: true }, "nb"),
    ).toBe(`${BASE}?start=first`);
    expect(
      buildEmbedUrl(
        BASE,
        { start: "trump-maduro-call", lang: "en", theme: "dark", header: false },
        "nb",
      ),
    ).toBe(`${BASE}?event=trump-maduro-call&theme=dark&header=0`);
  });
});

describe("snippets", () => {
  it("makes a loader snippet that reads as a link without scripts, with its text escaped", () => {
    expect(
      loaderSnippet(
        `${BASE}?start=latest&lang=en`,
        "https://news.example/maduro-usa-2025/",
        'A "story" <now>',
        "https://news.example/embed.js",
      ),
    ).toBe(
      [
        `<div data-news-timeline="${BASE}?start=latest&amp;lang=en">`,
        `  <a href="https://news.example/maduro-usa-2025/">A &quot;story&quot; &lt;now&gt;</a>`,
        `</div>`,
        `<script async src="https://news.example/embed.js"></script>`,
      ].join("\n"),
    );
  });

  it("makes a fixed-height iframe for CMSs that strip scripts", () => {
    const snippet = iframeSnippet(`${BASE}?start=first`, "Maduro «trosset»", 820);
    expect(snippet).toContain(`src="${BASE}?start=first"`);
    expect(snippet).toContain('title="Maduro «trosset»"');
    expect(snippet).toContain('height="820"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).not.toContain("<script");
  });
});
