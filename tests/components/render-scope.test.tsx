// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import type { ComponentProps } from "react";
import { afterEach, expect, it, vi } from "vitest";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState } from "@/state/initial-state.ts";
import type { Story } from "@/story/model/story.ts";
import type * as StateLinkModule from "@/ui/state-link.tsx";
import { story } from "../helpers/render-story.tsx";

// Every link of the page that opens something in it (the list's titles, the explainers' and
// the experts' links) is a StateLink: counting its renders counts how much of the page a
// change draws again.
const renders = vi.hoisted(() => ({ links: 0 }));
vi.mock("@/ui/state-link.tsx", async (importActual) => {
  const actual = await importActual<typeof StateLinkModule>();
  return {
    ...actual,
    StateLink: (props: ComponentProps<typeof actual.StateLink>) => {
      renders.links += 1;
      return actual.StateLink(props);
    },
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** Renders the story page and returns how many times its links were drawn, all settled. */
function linkRenders(shown: Story, version?: string): number {
  renders.links = 0;
  render(
    <StoryRoot
      story={shown}
      initialState={getDefaultState(shown)}
      syncUrl={false}
      version={version}
    />,
  );
  return renders.links;
}

it("marks what is new for a returning reader without drawing the rest of the page again", async () => {
  // The first event was added after the reader's last visit.
  const marked: Story = {
    ...story,
    events: story.events.map((event, i) =>
      i === 0 ? { ...event, added: "2025-12-02T09:00:00+01:00" } : event,
    ),
  };
  const firstVisit = linkRenders(marked);
  expect(screen.queryByText("Ny siden sist")).toBeNull();
  cleanup();

  localStorage.setItem(
    `news-timeline:last-visit:${story.slug}`,
    String(Date.parse("2025-11-20T00:00:00Z")),
  );
  const returning = linkRenders(marked);
  expect((await screen.findAllByText("Ny siden sist")).length).toBeGreaterThan(0);
  // The last visit is read after the page has started; the language, which every link
  // reads, did not change, and no link is drawn again for it.
  expect(returning).toBe(firstVisit);
});

it("starts watching for a newer version without drawing the page again", async () => {
  const plain = linkRenders(story);
  cleanup();

  // The watch starts once the page is idle; its requests never answer here.
  vi.stubGlobal("requestIdleCallback", (start: () => void) => setTimeout(start, 0));
  vi.stubGlobal("cancelIdleCallback", (id: number) => clearTimeout(id));
  vi.stubGlobal("fetch", () => new Promise(() => {}));
  linkRenders(story, "v1");
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(renders.links).toBe(plain);
});
