// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
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

describe("a long story's list", () => {
  // Role queries over 300 rendered events are slow in jsdom on a busy 2-core machine.
  it(
    "is split by period under headings, with every event once and in order",
    { timeout: 20_000 },
    () => {
      const story = renderLongStory(140);
      const list = screen.getByRole("region", { name: /Hendelser/ });
      const groups = within(list).getAllByRole("region");
      expect(groups.length).toBeGreaterThan(1);
      const headings = groups.map((group) => within(group).getAllByRole("heading")[0]!);
      // Each heading names a year or month, in Norwegian, and is a level above the events.
      for (const heading of headings) {
        expect(heading.tagName).toBe("H3");
        expect(heading).toHaveTextContent(
          /(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)? ?\d{4}/,
        );
      }
      const titles = groups.flatMap((group) =>
        within(group)
          .getAllByRole("heading", { level: 4 })
          .map((h) => h.textContent),
      );
      const dated = story.events.filter((e) => e.date.kind !== "undated");
      expect(titles).toHaveLength(dated.length);
      expect(new Set(titles).size).toBe(titles.length);
    },
  );

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

describe("a list too long for one page (more than 150 events)", () => {
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
