import type { StoryEvent } from "./types.ts";
import type { StoryIndex } from "./story-index.ts";

/** Keeps the events in any of the chosen threads; no threads chosen keeps them all. */
export function filterByThreads(
  events: readonly StoryEvent[],
  threads: readonly string[],
): StoryEvent[] {
  if (threads.length === 0) return [...events];
  return events.filter((event) => event.threads.some((thread) => threads.includes(thread)));
}

/** The order a reader steps through: dated events in time order, then the undated ones. */
export function getReadingOrder(index: StoryIndex, threads: readonly string[]): StoryEvent[] {
  return filterByThreads([...index.datedEvents, ...index.undatedEvents], threads);
}

/** The event id `step` places from `current` in the reading order (ids), or null at either end. */
export function stepEvent(
  order: readonly string[],
  current: string | null,
  step: number,
): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return step > 0 ? (order[0] ?? null) : (order[order.length - 1] ?? null);
  return order[at + step] ?? null;
}

/** The latest dated event: where a developing story's reader wants to start. */
export function latestEvent(index: StoryIndex, threads: readonly string[]): StoryEvent | undefined {
  return filterByThreads(index.datedEvents, threads).at(-1);
}
