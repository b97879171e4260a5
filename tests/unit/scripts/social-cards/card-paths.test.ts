import { describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../../../scripts/lib/generate-story.ts";
import {
  eventsWithCards,
  MAX_EVENT_CARDS,
  socialCardPath,
} from "../../../../scripts/lib/social-cards/card-paths.ts";
import { planCards } from "../../../../scripts/lib/social-cards/social-cards.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { toStory } from "@/story/model/story.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const story = loadBundledStory();

/** A generated story of `count` events, as the build reads it. */
function generated(count: number) {
  const result = validateStorySource(generateStoryYaml(count), "generated.yaml");
  if (!result.story) throw new Error(JSON.stringify(result.problems));
  return toStory(result.story, "generated");
}

describe("socialCardPath", () => {
  it("puts the story's card beside its page, one per language", () => {
    expect(socialCardPath(story, "nb")).toBe("maduro-usa-2025/card.png");
    expect(socialCardPath(story, "en")).toBe("maduro-usa-2025/en/card.png");
  });

  it("puts each event's card in the story's cards/ folder, named by event and language", () => {
    expect(socialCardPath(story, "nb", "trump-maduro-call")).toBe(
      "maduro-usa-2025/cards/trump-maduro-call.nb.png",
    );
    expect(socialCardPath(story, "en", "trump-maduro-call")).toBe(
      "maduro-usa-2025/cards/trump-maduro-call.en.png",
    );
  });

  it("gives an unknown event the story's card", () => {
    expect(socialCardPath(story, "en", "no-such-event")).toBe("maduro-usa-2025/en/card.png");
  });
});

describe("a story of more than 500 events", () => {
  const big = generated(MAX_EVENT_CARDS + 40);

  it("gives a card of their own only to its newest 500 events, by date", () => {
    const carded = eventsWithCards(big);
    expect(carded.size).toBe(MAX_EVENT_CARDS);
    const start = (e: (typeof big.events)[number]) =>
      e.date.kind === "point" ? e.date.at : e.date.kind === "range" ? e.date.from : "";
    const newestLeftOut = big.events
      .filter((e) => !carded.has(e.id))
      .map(start)
      .sort()
      .at(-1)!;
    const oldestCarded = big.events
      .filter((e) => carded.has(e.id))
      .map(start)
      .sort()[0]!;
    expect(newestLeftOut <= oldestCarded).toBe(true);
  });

  it("points the others at the story's card, and plans no card for them", () => {
    const left = big.events.find((e) => !eventsWithCards(big).has(e.id))!;
    expect(socialCardPath(big, "en", left.id)).toBe("generated/en/card.png");
    const plan = planCards(big);
    expect(plan).toHaveLength(big.languages.length * (MAX_EVENT_CARDS + 1));
    expect(plan.some((card) => card.path.includes(`/${left.id}.`))).toBe(false);
  });

  it("draws every event's card in a smaller story", () => {
    const plan = planCards(story);
    expect(plan).toHaveLength(story.languages.length * (story.events.length + 1));
  });
});
