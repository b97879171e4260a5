/**
 * What a social card says, as plain strings: the one input of its drawing, so its hash says
 * whether a card must be drawn again. Story text is canonical inline markup; a card takes
 * its words only (plainText), and the drawing treats them as text, never as markup.
 */
import { formatStoryDate } from "@/i18n/format-date.ts";
import { fillPlural, fillTemplate, getMessages } from "@/i18n/messages.ts";
import { plainText } from "@/lib/inline-markup.ts";
import type { Story } from "@/story/model/story.ts";
import type { ClaimStatus, Language, StoryEvent } from "@/story/model/types.ts";

export interface CardText {
  lang: Language;
  /** The line above the title: "Tidslinje" on the story's card, the story's title on an event's. */
  kicker: string;
  /** An event's date as the reporting gives it ("omtrent 2018", "De siste månedene"). */
  date?: string;
  /** A claim's status, only when it is not confirmed: the word, and the tone to colour it by. */
  status?: { word: string; tone: Exclude<ClaimStatus, "confirmed"> };
  title: string;
  /** The story's summary, on its own card only. */
  summary?: string;
  /** "Kilde: TV 2": whose reporting this is. */
  credit: string;
  /**
   * Beside the credit: "20 hendelser" on the story's card, "Tidslinje" on an event's (nothing
   * that changes with the rest of the story, so a new event does not redraw every other card).
   */
  aside: string;
}

/** The story's card: what the timeline is, and whose reporting it stands on. */
export function storyCardText(story: Story, lang: Language): CardText {
  const messages = getMessages(lang);
  return {
    lang,
    kicker: messages.socialCard.kicker,
    title: plainText(story.title[lang]),
    summary: plainText(story.summary[lang]),
    credit: fillTemplate(messages.socialCard.credit, { publisher: story.credit.publisher }),
    aside: fillPlural(messages.socialCard.events, story.events.length, lang),
  };
}

/** An event's card: when, what, and how sure the reporting is, under the story's title. */
export function eventCardText(story: Story, event: StoryEvent, lang: Language): CardText {
  const messages = getMessages(lang);
  const { date } = event;
  // "omtrent" as the page says it, so a card never reads more exact than the reporting.
  const approximate = (date.kind === "point" || date.kind === "range") && date.approximate;
  const when = formatStoryDate(date, lang);
  return {
    lang,
    kicker: plainText(story.title[lang]),
    date: approximate && !date.label ? `${messages.approximately} ${when}` : when,
    ...(event.status !== "confirmed" && {
      status: { word: messages.status[event.status], tone: event.status },
    }),
    title: plainText(event.title[lang]),
    credit: fillTemplate(messages.socialCard.credit, { publisher: story.credit.publisher }),
    aside: messages.socialCard.kicker,
  };
}

/** The card's words in reading order: its alt text (og:image:alt), for who cannot see it. */
export function cardAltText(text: CardText): string {
  return [text.kicker, text.date, text.status?.word, text.title, text.credit]
    .filter((part): part is string => Boolean(part))
    .join(". ")
    .replace(/([.!?])\./g, "$1");
}
