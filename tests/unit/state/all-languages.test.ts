import { afterEach, describe, expect, it, vi } from "vitest";
import { loadAllLanguages, onAllLanguages, setAllLanguagesSource } from "@/state/all-languages.ts";
import type { Story } from "@/story/model/story.ts";

const storyNamed = (slug: string) =>
  ({
    slug,
    title: { nb: slug, en: slug },
    languages: ["nb", "en"],
    events: [],
  }) as unknown as Story;

afterEach(() => {
  vi.unstubAllGlobals();
  setAllLanguagesSource("one", null);
  setAllLanguagesSource("two", null);
});

describe("the other-language loader", () => {
  it("keeps two stories on one page apart", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async (url: string) =>
          new Response(JSON.stringify(storyNamed(url.includes("one") ? "one" : "two"))),
      ),
    );
    setAllLanguagesSource("one", "/assets/story-one.json");
    setAllLanguagesSource("two", "/assets/story-two.json");
    const heardByOne: string[] = [];
    const heardByTwo: string[] = [];
    onAllLanguages("one", (story) => heardByOne.push(story.slug));
    onAllLanguages("two", (story) => heardByTwo.push(story.slug));
    await loadAllLanguages("one");
    expect(heardByOne).toEqual(["one"]);
    expect(heardByTwo).toEqual([]);
    await loadAllLanguages("two");
    expect(heardByTwo).toEqual(["two"]);
  });

  it("refuses a file that holds another story", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(storyNamed("other")))),
    );
    vi.spyOn(console, "warn").mockImplementation(() => {});
    setAllLanguagesSource("one", "/assets/story-one.json");
    expect(await loadAllLanguages("one")).toBeNull();
  });
});
