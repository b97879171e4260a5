import { describe, expect, it } from "vitest";
import { cardSvg, svgToPng } from "../../../../scripts/lib/social-cards/card-draw.ts";
import {
  cardAltText,
  eventCardText,
  storyCardText,
} from "../../../../scripts/lib/social-cards/card-text.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const story = loadBundledStory();
const event = (id: string) => story.events.find((e) => e.id === id)!;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array) {
  const view = Buffer.from(png);
  expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(view.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe("a card's words", () => {
  it("says the event's date, its status when not confirmed, and whose reporting it is", () => {
    expect(eventCardText(story, event("trump-maduro-call"), "nb")).toEqual({
      lang: "nb",
      kicker: "Maduro trosset USAs frist om å gå av",
      date: "21. november 2025",
      status: { word: "Ubekreftet", tone: "unconfirmed" },
      title: "Trump og Maduro skal ha snakket sammen",
      credit: "Kilde: TV 2",
      aside: "Tidslinje",
    });
    expect(eventCardText(story, event("trump-maduro-call"), "en").status?.word).toBe("Unconfirmed");
  });

  it("shows no status word on a confirmed event", () => {
    const confirmed = story.events.find((e) => e.status === "confirmed")!;
    expect(eventCardText(story, confirmed, "nb").status).toBeUndefined();
  });

  it("takes the story's title, summary and size for the story's card", () => {
    const text = storyCardText(story, "en");
    expect(text.title).toBe("Maduro defied the US deadline to step down");
    expect(text.kicker).toBe("Timeline");
    expect(text.aside).toBe(`${story.events.length} events`);
    expect(text.credit).toBe("Source: TV 2");
  });

  it("reads out the card in order for its alt text", () => {
    expect(cardAltText(eventCardText(story, event("trump-maduro-call"), "en"))).toBe(
      "Maduro defied the US deadline to step down. 21 November 2025. Unconfirmed. Trump and Maduro are said to have spoken. Source: TV 2",
    );
  });
});

describe("drawing a card", () => {
  it("makes a 1200 × 630 PNG", async () => {
    const png = await svgToPng(
      await cardSvg(eventCardText(story, event("trump-maduro-call"), "nb")),
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it("draws markup in a title as its words, and tags as the characters they are", async () => {
    const hostile = structuredClone(story);
    const target = hostile.events.find((e) => e.id === "trump-maduro-call")!;
    target.title.en = `*Maduro* and **Trump** <b>spoke</b> & [met](https://example.org)`;
    const text = eventCardText(hostile, target, "en");
    expect(text.title).toBe("Maduro and Trump <b>spoke</b> & met");
    const svg = await cardSvg(text, { embedFont: false });
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
    expect(words).toContain("Maduro and Trump &lt;b&gt;spoke&lt;/b&gt; &amp; met");
    expect(svg).not.toMatch(/<b>|\*Maduro\*|https:\/\/example\.org/);
  });

  it("cuts a long date label to one line, never the status beside it", async () => {
    const text = eventCardText(story, event("trump-maduro-call"), "en");
    for (const date of ["the weekend after ".repeat(8), `<a href="data:${"x".repeat(80)}">`]) {
      const svg = await cardSvg({ ...text, date }, { embedFont: false });
      const nodes = [
        ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g),
      ].map(([, x, y, width, words]) => ({ x: Number(x), y, width: Number(width), words }));
      const badge = nodes.find((node) => node.words === "UNCONFIRMED")!;
      expect(badge.x + badge.width).toBeLessThanOrEqual(1200 - 72);
      const dateLines = new Set(
        nodes.filter((n) => /weekend|data:/.test(n.words!)).map((n) => n.y),
      );
      expect(dateLines.size).toBe(1);
    }
  });

  it("has a glyph for Norwegian letters, and for names beyond them", async () => {
    const base = storyCardText(story, "nb");
    const drawn = (title: string) => cardSvg({ ...base, title });
    // A character no font has is drawn as the font's "no glyph" box: U+0378 is unassigned.
    const missing = await drawn("\u0378");
    for (const letter of ["æ", "ø", "å", "Æ", "Ø", "Å", "Ł", "ő"]) {
      expect(await drawn(letter), letter).not.toBe(missing);
    }
  });
});
