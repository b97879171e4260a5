import type { Story } from "@/story/model/story.ts";
import { oncePerObject } from "@/lib/once-per-object.ts";
import { nothingOpen, type UrlState } from "./url-state.ts";

/** What a story page shows before the reader opens anything: the original language, no selection. */
export function getDefaultState(story: Story): UrlState {
  return nothingOpen(story.languages[0] ?? "nb");
}

type KnownIds = Record<"events" | "explainers" | "viewpoints" | "threads", ReadonlySet<string>>;

/** The ids a URL may name, for parseUrlState; gathered once per story. */
export const getKnownIds: (story: Story) => KnownIds = oncePerObject(gatherIds);

function gatherIds(story: Story): KnownIds {
  return {
    events: new Set(story.events.map((e) => e.id)),
    explainers: new Set(story.explainers.map((e) => e.id)),
    viewpoints: new Set(story.viewpoints.map((v) => v.id)),
    threads: new Set(story.threads.map((t) => t.id)),
  };
}
