import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatCardStats,
  shareImage,
  writeSocialCards,
} from "../../../../scripts/lib/social-cards/social-cards.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const temp = mkdtempSync(join(tmpdir(), "social-cards-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Two events in two languages: six cards, quick to draw.
const full = loadBundledStory();
const story = { ...full, events: full.events.slice(0, 2) };
const [first, second] = story.events as [(typeof story.events)[0], (typeof story.events)[0]];
const cache = join(temp, "cache");

describe("writeSocialCards", () => {
  it("draws every card the first time, and copies them all from the cache the next", async () => {
    const one = await writeSocialCards([story], join(temp, "one"), cache);
    expect(one).toMatchObject({ drawn: 6, cached: 0 });
    for (const path of [
      "maduro-usa-2025/card.png",
      "maduro-usa-2025/en/card.png",
      `maduro-usa-2025/cards/${first.id}.nb.png`,
      `maduro-usa-2025/cards/${second.id}.en.png`,
    ]) {
      expect(statSync(join(temp, "one", path)).size).toBeGreaterThan(1000);
    }
    const two = await writeSocialCards([story], join(temp, "two"), cache);
    expect(two).toMatchObject({ drawn: 0, cached: 6 });
    const card = `maduro-usa-2025/cards/${first.id}.nb.png`;
    expect(readFileSync(join(temp, "two", card))).toEqual(readFileSync(join(temp, "one", card)));
  });

  it("draws again only the card whose words changed", async () => {
    const changed = structuredClone(story);
    changed.events[0]!.title.nb = "En ny tittel på hendelsen";
    const three = await writeSocialCards([changed], join(temp, "three"), cache);
    expect(three).toMatchObject({ drawn: 1, cached: 5 });
    const card = `maduro-usa-2025/cards/${first.id}.nb.png`;
    expect(readFileSync(join(temp, "three", card))).not.toEqual(
      readFileSync(join(temp, "one", card)),
    );
  });

  it("leaves no half-written file in the cache", () => {
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(cache).filter((f) => !f.endsWith(".png"))).toEqual([]);
  });
});

describe("the image a page shares", () => {
  it("is the story's card under the site's base, with the card's words as alt text", () => {
    expect(shareImage(full, "en", "/timelines/")).toEqual({
      path: "/timelines/maduro-usa-2025/en/card.png",
      alt: "Timeline. Maduro defied the US deadline to step down. Source: TV 2",
    });
  });

  it("is an event's own card for that event's page", () => {
    expect(shareImage(full, "nb", "/", "trump-maduro-call")).toEqual({
      path: "/maduro-usa-2025/cards/trump-maduro-call.nb.png",
      alt: "Maduro trosset USAs frist om å gå av. 21. november 2025. Ubekreftet. Trump og Maduro skal ha snakket sammen. Kilde: TV 2",
    });
  });
});

it("reports what it drew and how long it took", () => {
  expect(formatCardStats({ drawn: 42, cached: 0, ms: 1834 })).toBe(
    "social cards: 42 drawn, 0 from cache, 1.8 s",
  );
});
