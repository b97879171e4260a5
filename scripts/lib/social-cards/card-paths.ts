/**
 * Where a story's social cards live in the built site. Pure, so that any page that names a
 * card (the story page, each event's page) and the build that draws it agree on the file:
 *
 *   <slug>/card.png                   the story, in its original language
 *   <slug>/<lang>/card.png            the story, in another language
 *   <slug>/cards/<event-id>.<lang>.png  one event, in one language (every language: the event
 *                                     cards of all languages share a folder)
 *
 * Paths are relative to the site's root, without its base: put `base` in front for a URL.
 */
import type { Story } from "@/story/model/story.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";

/** What Facebook, LinkedIn, X and Slack show large without cropping: 1.91 : 1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * A story of more events than this draws cards only for its newest ones; the rest share the
 * story's card. Each card costs about 40 ms to draw and 30 KB to ship, and the events that
 * get shared are the new ones.
 */
export const MAX_EVENT_CARDS = 500;

const carded = new WeakMap<Story, ReadonlySet<string>>();

/**
 * The ids of the events that get a card of their own: all of them, or the newest
 * MAX_EVENT_CARDS (the latest dated events; undated ones only if there is room left, since
 * the reporting gives no date to call them new by). Kept per story: pages ask once per event.
 */
export function eventsWithCards(story: Story): ReadonlySet<string> {
  const known = carded.get(story);
  if (known) return known;
  let ids: string[];
  if (story.events.length <= MAX_EVENT_CARDS) {
    ids = story.events.map((event) => event.id);
  } else {
    const index = buildStoryIndex(story);
    const newestFirst = [...index.datedEvents].reverse().concat(index.undatedEvents);
    ids = newestFirst.slice(0, MAX_EVENT_CARDS).map((event) => event.id);
  }
  const set = new Set(ids);
  carded.set(story, set);
  return set;
}

/**
 * The card a page about `story` in `lang` shares: the event's own when `eventId` names one
 * that has a card, else the story's.
 */
export function socialCardPath(story: Story, lang: Language, eventId?: string): string {
  if (eventId !== undefined && eventsWithCards(story).has(eventId)) {
    return `${story.slug}/cards/${eventId}.${lang}.png`;
  }
  return lang === story.languages[0] ? `${story.slug}/card.png` : `${story.slug}/${lang}/card.png`;
}
