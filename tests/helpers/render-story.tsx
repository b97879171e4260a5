import { render, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState, getKnownIds } from "@/state/initial-state.ts";
import { parseUrlState } from "@/state/url-state.ts";
import { loadBundledStory } from "./bundled-story.ts";

export const story = loadBundledStory();

/** Renders the story page as the browser does after hydration, at /maduro-usa-2025/?search. */
export function renderStoryAt(search = "") {
  window.history.replaceState(null, "", `/maduro-usa-2025/${search}`);
  const initialState = getDefaultState(story);
  const urlState = parseUrlState(search, getKnownIds(story), initialState.lang);
  return render(<StoryRoot story={story} initialState={initialState} urlState={urlState} />);
}

/** Resolves after the next Back or Forward has been handled. */
export function historyStep(direction: "back" | "forward"): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener("popstate", () => resolve(), { once: true });
    if (direction === "back") window.history.back();
    else window.history.forward();
  });
}

/** Waits for the address bar's query: the app writes it just after the next paint. */
export async function expectSearch(search: string): Promise<void> {
  await waitFor(() => expect(window.location.search).toBe(search));
}

/** Waits for the address bar's path and query (each language is its own path). */
export async function expectAddress(address: string): Promise<void> {
  await waitFor(() => expect(`${window.location.pathname}${window.location.search}`).toBe(address));
}
