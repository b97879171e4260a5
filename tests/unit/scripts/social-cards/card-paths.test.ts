import { describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../../../scripts/lib/generate-story.ts";
import {
  eventsWithCards,
  socialCardPath,
} from "../../../../scripts/lib/social-cards/card-paths.ts";
import { EVENT_PAGES_MAX_EVENTS } from "@/story/model/event-pages.ts";
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

describe("a story too long for event pages", () => {
  const big = generated(EVENT_PAGES_MAX_EVENTS + 1);

  it("gives no event a card of its own: its links open the story's page, with the story's card", () => {
    expect(eventsWithCards(big).size).toBe(0);
    expect(socialCardPath(big, "en", big.events[0]!.id)).toBe("generated/en/card.png");
    expect(planCards(big)).toHaveLength(big.languages.length);
  });

  it("draws every event's card in a story with event pages", () => {
    expect(eventsWithCards(generated(EVENT_PAGES_MAX_EVENTS)).size).toBe(EVENT_PAGES_MAX_EVENTS);
    const plan = planCards(story);
    expect(plan).toHaveLength(story.languages.length * (story.events.length + 1));
  });
});
