import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState } from "@/state/initial-state.ts";
import { languagesIn, storyInLanguage, textIn } from "@/story/model/story-in-language.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const story = loadBundledStory();

function render(data: typeof story): string {
  return renderToString(
    createElement(StoryRoot, {
      story: data,
      initialState: getDefaultState(story),
      syncUrl: false,
    }),
  );
}

describe("storyInLanguage", () => {
  const norwegian = storyInLanguage(story, "nb");
  const json = JSON.stringify(norwegian);

  it("keeps no English text anywhere", () => {
    expect(json).not.toContain(story.title.en);
    for (const event of story.events) expect(json).not.toContain(`"en":"${event.title.en}`);
    expect(json).not.toMatch(/"en":"/);
    expect(json.length).toBeLessThan(JSON.stringify(story).length * 0.75);
  });

  it("renders exactly the page the whole story renders, in that language", () => {
    expect(render(norwegian)).toBe(render(story));
  });

  it("keeps what is not text: ids, kinds, statuses, threads, links", () => {
    const facts = (s: typeof story) => s.events.map((e) => [e.id, e.kind, e.status, e.threads]);
    expect(facts(norwegian)).toEqual(facts(story));
    expect(norwegian.languages).toEqual(["nb", "en"]);
    expect(norwegian.credit.url).toBe(story.credit.url);
  });

  it("says which languages a story's data holds", () => {
    expect(languagesIn(story)).toEqual(["nb", "en"]);
    expect(languagesIn(norwegian)).toEqual(["nb"]);
    expect(languagesIn(storyInLanguage(story, "en"))).toEqual(["en"]);
  });

  it("reads a text in a language the data lacks from the fallback", () => {
    expect(textIn(norwegian.title, "en", "nb")).toBe(story.title.nb);
    expect(textIn(story.title, "en", "nb")).toBe(story.title.en);
  });
});
