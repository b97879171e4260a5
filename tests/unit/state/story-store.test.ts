import { describe, expect, it } from "vitest";
import { getDefaultState } from "@/state/initial-state.ts";
import { createStoryStore } from "@/state/story-store.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const story = loadBundledStory();

function setup() {
  const initial = getDefaultState(story);
  const store = createStoryStore(initial, buildStoryIndex(story));
  let changes = 0;
  store.subscribe(() => (changes += 1));
  return { store, initial, changes: () => changes };
}

describe("applying the address's state", () => {
  it("changes nothing when the address asks for what the page shows", () => {
    const { store, initial, changes } = setup();
    const before = store.getState();
    // A new object and a new (empty) list of themes, as parsing the address makes them.
    store.getState().applyUrlState({ ...initial, threads: [] });
    expect(changes()).toBe(0);
    expect(store.getState()).toBe(before);
  });

  it("keeps the themes' list when only the event changes", () => {
    const { store, initial, changes } = setup();
    const threads = store.getState().threads;
    const order = store.getState().order;
    store.getState().applyUrlState({ ...initial, threads: [], event: "boat-strikes" });
    expect(changes()).toBe(1);
    expect(store.getState().event).toBe("boat-strikes");
    expect(store.getState().threads).toBe(threads);
    expect(store.getState().order).toBe(order);
  });

  it("orders the events again when the themes change", () => {
    const { store, initial } = setup();
    const thread = story.threads[0]!.id;
    store.getState().applyUrlState({ ...initial, threads: [thread] });
    expect(store.getState().threads).toEqual([thread]);
    expect(store.getState().order.length).toBeLessThan(story.events.length);
  });
});
