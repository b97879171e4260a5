import type { StoryEvent } from "./types.ts";

export type Freshness = "new" | "updated" | null;

/**
 * Whether an event is new or updated since the reader's last visit. With no earlier visit
 * known, nothing is marked: to a first-time reader everything is new, so the mark says nothing.
 */
export function getFreshness(event: StoryEvent, lastVisit: number | null): Freshness {
  if (lastVisit === null) return null;
  if (event.added && Date.parse(event.added) > lastVisit) return "new";
  if (event.updated && Date.parse(event.updated) > lastVisit) return "updated";
  return null;
}
