// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadPageStory } from "@/app/story-load.ts";
import { storyInLanguage } from "@/story/model/story-in-language.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const story = storyInLanguage(loadBundledStory(), "nb");

function dataElement(attributes: Record<string, string>, text = ""): HTMLElement {
  const element = document.createElement("script");
  element.type = "application/json";
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  return element;
}

describe("loadPageStory", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads a story embedded in the page", async () => {
    expect(await loadPageStory(dataElement({}, JSON.stringify(story)))).toEqual(story);
  });

  it("fetches the file a built page names", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(story), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const loaded = await loadPageStory(dataElement({ "data-src": "/assets/story-x-nb-1.json" }));
    expect(fetch).toHaveBeenCalledWith("/assets/story-x-nb-1.json");
    expect(loaded?.title).toEqual({ nb: story.title.nb });
  });

  it.each([
    ["a missing file", () => new Response("Not found", { status: 404 })],
    ["a file that is not JSON", () => new Response("<html>", { status: 200 })],
    ["JSON that is not a story", () => new Response('{"title":1}', { status: 200 })],
  ])("gives up on %s, so the page can say the timeline could not start", async (_, answer) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer()),
    );
    expect(await loadPageStory(dataElement({ "data-src": "/x.json" }))).toBeNull();
  });

  it("gives up when the network fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    expect(await loadPageStory(dataElement({ "data-src": "/x.json" }))).toBeNull();
  });

  it("finds nothing when the page has no data element", async () => {
    expect(await loadPageStory(null)).toBeNull();
  });
});
