import { describe, expect, it } from "vitest";
import { resolveStoryRoute } from "@/lib/routes.ts";

const slugs = ["maduro-usa-2025", "second-story"];

describe("resolveStoryRoute", () => {
  it("shows the default story at /", () => {
    expect(resolveStoryRoute("/", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "page",
    });
    expect(resolveStoryRoute("/index.html", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "page",
    });
  });

  it("shows any story at /<slug>/", () => {
    expect(resolveStoryRoute("/second-story/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
    });
    expect(resolveStoryRoute("/second-story", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "page",
    });
  });

  it("serves the embed of the default story and of any story", () => {
    expect(resolveStoryRoute("/embed/", slugs, "maduro-usa-2025")).toEqual({
      slug: "maduro-usa-2025",
      view: "embed",
    });
    expect(resolveStoryRoute("/second-story/embed/", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "embed",
    });
    expect(resolveStoryRoute("/second-story/embed/index.html", slugs, "maduro-usa-2025")).toEqual({
      slug: "second-story",
      view: "embed",
    });
  });

  it("has no route for unknown paths or files", () => {
    expect(resolveStoryRoute("/second-story/other/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/missing/", slugs, "maduro-usa-2025")).toBeNull();
    expect(resolveStoryRoute("/assets/app.js", slugs, "maduro-usa-2025")).toBeNull();
  });

  it("honours a base path", () => {
    expect(resolveStoryRoute("/news/second-story/", slugs, "maduro-usa-2025", "/news/")).toEqual({
      slug: "second-story",
      view: "page",
    });
  });
});
