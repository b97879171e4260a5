import type { Story } from "@/story/model/story.ts";
import { nothingOpen, type UrlState } from "./url-state.ts";

/** What a story page shows before the reader opens anything: the original language, no selection. */
export function getDefaultState(story: Story): UrlState {
  return nothingOpen(story.languages[0] ?? "nb");
}

type KnownIds = Record<"events" | "explainers" | "viewpoints" | "threads", ReadonlySet<string>>;

// Stories are never changed in place: their ids are gathered once.
const known = new WeakMap<Story, KnownIds>();

/** The ids a URL may name, for parseUrlState. */
export function getKnownIds(story: Story): KnownIds {
  let ids = known.get(story);
  if (!ids) known.set(story, (ids = gatherIds(story)));
  return ids;
}

function gatherIds(story: Story): KnownIds {
  return {
    events: new Set(story.events.map((e) => e.id)),
    explainers: new Set(story.explainers.map((e) => e.id)),
    viewpoints: new Set(story.viewpoints.map((v) => v.id)),
    threads: new Set(story.threads.map((t) => t.id)),
  };
}
