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
import { hasEventPages } from "@/story/model/event-pages.ts";
import type { Language } from "@/story/model/vocabulary.ts";

/** What Facebook, LinkedIn, X and Slack show large without cropping: 1.91 : 1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const carded = new WeakMap<Story, ReadonlySet<string>>();

/**
 * The ids of the events that get a card of their own: those with a page of their own (the
 * only pages whose og:image can name an event's card). A story too long for event pages
 * (event-pages.ts) shares its links as `?event=` on the story's page, whose card is the
 * story's: drawing cards for its events cost 16 s of a 20,000-event build, for nothing.
 */
export function eventsWithCards(story: Story): ReadonlySet<string> {
  const known = carded.get(story);
  if (known) return known;
  const set = new Set(hasEventPages(story) ? story.events.map((event) => event.id) : []);
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
