/**
 * Which events have a page of their own (`/<slug>/<event-id>/`, made by the build): every
 * event of a story up to this length. Each such page holds the whole story, so their bytes grow
 * with the square of its length; a longer story's links name the event in the query instead
 * (`/<slug>/?event=<id>`), which opens the same view.
 */
export const EVENT_PAGES_MAX_EVENTS = 150;

export function hasEventPages(story: { events: readonly unknown[] }): boolean {
  return story.events.length <= EVENT_PAGES_MAX_EVENTS;
}
