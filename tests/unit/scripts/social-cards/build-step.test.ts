import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { buildSocialCards } from "../../../../scripts/lib/social-cards/build-step.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const temp = mkdtempSync(join(tmpdir(), "social-cards-step-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const full = loadBundledStory();
const story = { ...full, events: full.events.slice(0, 1) };
const options = { root: temp, base: "/timelines/" };

describe("the build's social cards step", () => {
  it("draws the cards into the cache it is given, and pages share them", async () => {
    vi.stubEnv("SOCIAL_CARDS_CACHE", join(temp, "cache"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cards = await buildSocialCards([story], join(temp, "out"), options);
    expect(log.mock.calls[0]?.[0]).toMatch(/^social cards: 4 drawn, 0 from cache, \d+\.\d s$/);
    expect(cards.imageFor(story, "en")?.path).toBe("/timelines/maduro-usa-2025/en/card.png");
    expect(cards.picturePath(story, "nb", story.events[0]!.id)).toBe(
      `/timelines/maduro-usa-2025/cards/${story.events[0]!.id}.nb.png`,
    );
  });

  it("draws none with SKIP_SOCIAL_CARDS=1: pages share the story's own image", async () => {
    vi.stubEnv("SKIP_SOCIAL_CARDS", "1");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cards = await buildSocialCards([story], join(temp, "skipped"), options);
    expect(log).toHaveBeenCalledWith("social cards: skipped (SKIP_SOCIAL_CARDS)");
    expect(cards.imageFor(story, "en")).toBeUndefined();
    expect(cards.picturePath(story, "en")).toBe("/timelines/maduro-usa-2025/share.png");
  });
});
