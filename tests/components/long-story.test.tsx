// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../scripts/lib/generate-story.ts";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState } from "@/state/initial-state.ts";
import { toStory } from "@/story/model/story.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";

function renderLongStory(count: number, listPage?: string) {
  const { story: data } = validateStorySource(generateStoryYaml(count), "generated.yaml");
  const story = toStory(data!, "generated");
  render(
    <StoryRoot
      story={story}
      initialState={getDefaultState(story)}
      syncUrl={false}
      listPage={listPage}
    />,
  );
  return story;
}

describe("a story's list", () => {
  it("moves to pages of its own from 41 events, though each event has a page too", () => {
    const story = renderLongStory(60);
    const list = screen.getByRole("region", { name: /Hendelser/ });
    expect(within(list).queryAllByRole("article")).toEqual([]);
    const nav = within(list).getByRole("navigation", { name: "Hendelsene side for side" });
    const links = within(nav).getAllByRole("link");
    expect(links.length).toBeGreaterThan(1);
    expect(links[0]).toHaveAttribute("href", "/generated/events/2015/");
    for (const link of links)
      expect(link.getAttribute("href")).toMatch(/^\/generated\/events\/\d{4}(-\d{2})?\/$/);
    cleanup();

    // A page of it: its events in full, each title a link that opens it on the timeline.
    renderLongStory(60, "2015");
    const events = within(screen.getByRole("region", { name: /Hendelser/ })).getAllByRole(
      "article",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(40);
    for (const event of events) {
      expect(event).toHaveTextContent(/2015/);
      const title = within(event).getAllByRole("link")[0]!;
      expect(title.getAttribute("href")).toMatch(/^\/generated\/\?event=event-\d+/);
    }
    expect(story.events.length).toBe(60);
  });

  it("stays one plain list for a short story", () => {
    renderLongStory(30);
    const list = screen.getByRole("region", { name: /Hendelser/ });
    expect(
      within(list)
        .queryAllByRole("region")
        .filter((r) => r.classList.contains("event-group")),
    ).toEqual([]);
    expect(within(list).getAllByRole("heading", { level: 3 }).length).toBeGreaterThanOrEqual(25);
  });
});

describe("a long story's list (more than 150 events, no event pages)", () => {
  it("links the pages of the list from the story's page, instead of carrying every event", () => {
    renderLongStory(300);
    const list = screen.getByRole("region", { name: /Hendelser/ });
    expect(within(list).queryAllByRole("article")).toEqual([]);
    const pages = within(list).getByRole("navigation", { name: "Hendelsene side for side" });
    const links = within(pages).getAllByRole("link");
    expect(links.length).toBeGreaterThan(5);
    expect(links[0]).toHaveAttribute("href", expect.stringMatching(/^\/generated\/events\/2015/));
    expect(links[0]).toHaveTextContent(/^2015 \d+ hendelser$/);
  });

  it("shows one page's events on that page, marked as the page in view, without the timeline", () => {
    renderLongStory(300, "2016");
    expect(screen.queryByRole("region", { name: "Tidslinje" })).toBeNull();
    const list = screen.getByRole("region", { name: /Hendelser/ });
    const events = within(list).getAllByRole("article");
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(40);
    for (const event of events) expect(event).toHaveTextContent(/2016/);
    const current = within(list).getByRole("link", { current: "page" });
    expect(current).toHaveAttribute("href", "/generated/events/2016/");
    // Its events' links open the story's page, where the timeline is.
    const title = within(events[0]!).getAllByRole("link")[0]!;
    expect(title.getAttribute("href")).toMatch(/^\/generated\/\?event=/);
    expect(screen.getByRole("link", { name: "← Til tidslinjen" })).toHaveAttribute(
      "href",
      "/generated/",
    );
  });
});
