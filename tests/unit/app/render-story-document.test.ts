import { describe, expect, it } from "vitest";
import { renderStoryDocument } from "@/app/entry-server.tsx";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const TEMPLATE = `<!doctype html><html lang="xx"><head><!--app-head--></head><body><div id="root"><!--app-html--></div><!--app-data--></body></html>`;
const story = loadBundledStory();

describe("renderStoryDocument", () => {
  const html = renderStoryDocument(TEMPLATE, story);

  it("renders the whole readable story without a browser", () => {
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("<title>Maduro trosset USAs frist om å gå av – TV 2</title>");
    expect(html).toMatch(/<h1>Maduro trosset USAs frist om å gå av<\/h1>/);
    expect(html).toContain('<time dateTime="2025-11-21">21. november 2025</time>');
    for (const event of story.events) {
      expect(html).toContain(`id="event-${event.id}"`);
    }
  });

  it("hands the browser the texts Intl made for its page that its <time> elements do not show", () => {
    const json = /<script type="application\/json" id="intl-texts">(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    const texts = JSON.parse(json!) as Record<string, string>;
    expect(texts["duration|nb|year|6"]).toBe("6 år");
    expect(texts["range|nb|long|2014/2017"]).toBe("2014–2017");
    // A date a <time> shows is read from there (shown-dates.test.ts checks the two together).
    expect(html).toContain('<time dateTime="2025-11-21">21. november 2025</time>');
    expect(texts["date|nb|long|2025-11-21"]).toBeUndefined();
    // Only this page's: the English page's texts are not in the Norwegian one.
    expect(Object.keys(texts).every((key) => key.split("|")[1] === "nb")).toBe(true);
  });

  it("prints a story's dollar signs as they are written (not as the template's patterns)", () => {
    const priced = structuredClone(story);
    priced.events[0]!.title.nb = "Prisen: $& og $' og $` og $$";
    const page = renderStoryDocument(TEMPLATE, priced);
    expect(page).toContain("Prisen: $&amp; og $&#x27; og $` og $$");
    expect(page.match(/<html /g)).toHaveLength(1);
    expect(page.match(/<\/html>/g)).toHaveLength(1);
  });

  it("embeds the story data for hydration, so nothing is fetched again", () => {
    const json = /<script type="application\/json" id="story-data">(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(story);
  });

  it("embeds only the page's language when the others are served as a file", () => {
    const page = renderStoryDocument(TEMPLATE, story, { allLanguagesUrl: "/assets/story-x.json" });
    const element = /<script type="application\/json" id="story-data"([^>]*)>(.*?)<\/script>/s.exec(
      page,
    );
    expect(element?.[1]).toBe(' data-all-languages="/assets/story-x.json"');
    const data = JSON.parse(element![2]!);
    expect(data.title).toEqual({ nb: story.title.nb });
    expect(data.events).toHaveLength(story.events.length);
    expect(page).not.toContain(story.title.en);
  });

  it("names the file of the page's language instead of carrying it, when there is one", () => {
    const page = renderStoryDocument(TEMPLATE, story, {
      allLanguagesUrl: "/assets/story-x.json",
      dataUrl: "/assets/story-x-en.json",
      lang: "en",
    });
    expect(page).toContain(
      '<script type="application/json" id="story-data" data-src="/assets/story-x-en.json" data-all-languages="/assets/story-x.json"></script>',
    );
    // The readable page is all there; only the data is elsewhere.
    expect(page).toContain(`<h1>${story.title.en}</h1>`);
    expect(page).not.toContain('"summary":');
  });

  it("adds no script but data blocks: the story data, its formatted dates and the JSON-LD", () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      ' type="application/ld+json"',
      ' type="application/json" id="intl-texts"',
      ' type="application/json" id="story-data"',
    ]);
  });

  it("describes the story as a NewsArticle that cites the original article", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const article = JSON.parse(json!);
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Maduro trosset USAs frist om å gå av",
      inLanguage: "nb",
      datePublished: "2025-12-03T09:00:00+01:00",
      isBasedOn: {
        "@type": "NewsArticle",
        headline: "Maduro trosset USAs frist om å gå av",
        datePublished: "2025-12-03T09:00:00+01:00",
        publisher: { "@type": "Organization", name: "TV 2", url: "https://www.tv2.no/" },
      },
    });
  });

  it("gives the embed the story page as its canonical URL, and lets crawlers read it", () => {
    const embed = renderStoryDocument(TEMPLATE, story, {
      view: "embed",
      siteUrl: "https://example.org",
    });
    expect(embed).toContain('<link rel="canonical" href="https://example.org/maduro-usa-2025/">');
    expect(embed).not.toMatch(/<meta name="robots"/);
  });

  it("renders an event's own page open on that event, with its title, text and address", () => {
    const page = renderStoryDocument(TEMPLATE, story, {
      lang: "en",
      event: "maduro-palace-speech",
      siteUrl: "https://news.example.org",
    });
    expect(page).toContain(
      "<title>1 December 2025: Maduro speaks outside the presidential palace – Maduro defied the US deadline to step down – TV 2</title>",
    );
    expect(page).toContain(
      '<meta name="description" content="Maduro spoke outside the presidential palace in Venezuela&#39;s capital on Monday.">',
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://news.example.org/maduro-usa-2025/en/maduro-palace-speech/">',
    );
    expect(page).toContain(
      '<link rel="alternate" hreflang="nb" href="https://news.example.org/maduro-usa-2025/maduro-palace-speech/">',
    );
    // The card is in the HTML itself: a reader without scripts reads the event they were sent.
    expect(page).toMatch(
      /aria-current="true">[^]*?Maduro speaks outside the presidential palace[^]*?<article class="event-card/,
    );
  });

  it("leaves the list out of an event's page, linking it on the story's page instead", () => {
    const page = renderStoryDocument(TEMPLATE, story, {
      lang: "en",
      event: "maduro-palace-speech",
    });
    expect(page).toContain("data-event-page");
    // No event of the list, each of which the story's page has (first test).
    expect(page).not.toMatch(/id="event-[a-z0-9-]+"/);
    expect(page).toContain(
      `<a href="/maduro-usa-2025/en/#events">Read all ${story.events.length} in full on the story&#x27;s page</a>`,
    );
    expect(html).not.toContain("data-event-page");
  });
});
