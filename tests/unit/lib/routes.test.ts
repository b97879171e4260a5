import { describe, expect, it } from "vitest";
import {
  eventOfPath,
  eventPath,
  languageOfPath,
  listPageOfPath,
  listPagePath,
  pathInLanguage,
  resolveStoryRoute,
  storyPath,
} from "@/lib/routes.ts";

const slugs = ["maduro-usa-2025", "second-story"];

describe("resolveStoryRoute", () => {
  it("shows the default story at /", () => {
    expect(resolveStoryRoute("/", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
    expect(resolveStoryRoute("/index.html", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
  });

  it("shows any story at /<slug>/", () => {
    expect(resolveStoryRoute("/second-story/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
    expect(resolveStoryRoute("/second-story", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
  });

  it("serves the embed of the default story and of any story", () => {
    expect(resolveStoryRoute("/embed/", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "embed",
      lang: null,
      event: null,
      listPage: null,
    });
    expect(resolveStoryRoute("/second-story/embed/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "embed",
      lang: null,
      event: null,
      listPage: null,
    });
    expect(resolveStoryRoute("/second-story/embed/index.html", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "embed",
      lang: null,
      event: null,
      listPage: null,
    });
  });

  it("has no route for unknown paths or files", () => {
    expect(resolveStoryRoute("/second-story/en/a/b/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/second-story/a/embed/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/missing/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/assets/app.js", slugs, "maduro-usa-2025")).toBeNull();
  });

  it("honours a base path", () => {
    expect(resolveStoryRoute("/news/second-story/", slugs, "maduro-usa-2025", "/news/")).toEqual({
      slug: "second-story",
      view: "page",
      lang: null,
      event: null,
      listPage: null,
    });
  });

  it("reads the language a path names, for the story and the default story", () => {
    expect(resolveStoryRoute("/second-story/en/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: "en",
      event: null,
      listPage: null,
    });
    expect(resolveStoryRoute("/en/embed/", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "embed",
      lang: "en",
      event: null,
      listPage: null,
    });
  });

  it("reads an event's own page, in the story's language and in another", () => {
    expect(resolveStoryRoute("/second-story/call/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: null,
      event: "call",
      listPage: null,
    });
    expect(resolveStoryRoute("/second-story/en/call/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: "en",
      event: "call",
      listPage: null,
    });
    // The root's pages are the default story's own: an event page is always under its slug.
    expect(resolveStoryRoute("/en/call/", slugs, "maduro-usa-2025")).toBeNull();
  });
});

describe("a story's paths in each language", () => {
  it("give the original language no segment, and each other one its own", () => {
    expect(storyPath("s", { lang: "nb", original: "nb" })).toBe("/s/");
    expect(storyPath("s", { lang: "en", original: "nb" })).toBe("/s/en/");
    expect(storyPath("s", { view: "embed", lang: "en", original: "nb" })).toBe("/s/en/embed/");
    expect(storyPath("s", { base: "/timelines/" })).toBe("/timelines/s/");
  });

  it("change the language of the path the reader is on, the root's included", () => {
    expect(pathInLanguage("/", "en", "nb")).toBe("/en/");
    expect(pathInLanguage("/en/", "nb", "nb")).toBe("/");
    expect(pathInLanguage("/s/embed/", "en", "nb")).toBe("/s/en/embed/");
    expect(pathInLanguage("/s/en/", "nb", "nb")).toBe("/s/");
    expect(pathInLanguage("/assets/x.js", "en", "nb")).toBe("/assets/x.js");
    expect(languageOfPath("/s/en/embed/")).toBe("en");
    expect(languageOfPath("/s/")).toBeNull();
  });

  it("keep an event's page while that event is open, and leave it for the story's when not", () => {
    expect(eventPath("s", "call", { lang: "en", original: "nb" })).toBe("/s/en/call/");
    expect(eventPath("s", "call", { base: "/t/" })).toBe("/t/s/call/");
    expect(eventOfPath("/s/en/call/")).toBe("call");
    expect(eventOfPath("/s/en/")).toBeNull();
    expect(pathInLanguage("/s/call/", "en", "nb", "/", "call")).toBe("/s/en/call/");
    expect(pathInLanguage("/s/en/call/", "en", "nb", "/", "other")).toBe("/s/en/");
    expect(pathInLanguage("/s/call/", "nb", "nb", "/", null)).toBe("/s/");
  });
});

describe("a long story's list, page by page", () => {
  it("reads a page of the list from /<slug>/[<lang>/]events/<period>/", () => {
    expect(resolveStoryRoute("/second-story/events/2016-03/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
      lang: null,
      event: null,
      listPage: "2016-03",
    });
    expect(listPageOfPath("/second-story/en/events/2016-03-p2/", "/")).toBe("2016-03-p2");
    expect(listPageOfPath("/second-story/events/2016/", "/")).toBe("2016");
  });

  it("knows no page of a list at the root, in an embed, or by a name that is not a period", () => {
    expect(resolveStoryRoute("/events/2016/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/second-story/events/2016/embed/", slugs, "x")).toBeNull();
    expect(resolveStoryRoute("/second-story/events/march/", slugs, "x")).toBeNull();
    expect(resolveStoryRoute("/second-story/events/", slugs, "x")?.event).toBe("events");
  });

  it("writes a page's path, and keeps the page when the language changes", () => {
    expect(listPagePath("second-story", "2016-03", { base: "/" })).toBe(
      "/second-story/events/2016-03/",
    );
    expect(listPagePath("second-story", "2016", { lang: "en", original: "nb", base: "/" })).toBe(
      "/second-story/en/events/2016/",
    );
    expect(pathInLanguage("/second-story/events/2016/", "en", "nb", "/")).toBe(
      "/second-story/en/events/2016/",
    );
    expect(pathInLanguage("/second-story/en/events/2016/", "nb", "nb", "/")).toBe(
      "/second-story/events/2016/",
    );
  });
});
