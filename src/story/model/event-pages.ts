import { eventPath, storyPath, type PathOptions } from "@/lib/routes.ts";

/**
 * Which events have a page of their own (`/<slug>/<event-id>/`, made by the build): every
 * event of a story up to this length. Each such page is the story's page with the event open,
 * so a build's pages (and their social cards) grow with the square of the story's length; a
 * longer story's links name the event in the query instead (`/<slug>/?event=<id>`), which
 * opens the same view.
 */
export const EVENT_PAGES_MAX_EVENTS = 150;

export function hasEventPages(story: { events: readonly unknown[] }): boolean {
  return story.events.length <= EVENT_PAGES_MAX_EVENTS;
}

/**
 * The path a link to an event opens: its own page, or, in a story too long for those, the
 * story's page with the event named in the query. Share buttons and feeds both use it.
 */
export function eventLink(
  story: { slug: string; events: readonly unknown[] },
  eventId: string,
  options: PathOptions = {},
): string {
  return hasEventPages(story)
    ? eventPath(story.slug, eventId, options)
    : `${storyPath(story.slug, options)}?event=${encodeURIComponent(eventId)}`;
}
