import { formatStoryDate } from "@/i18n/format-date.ts";
import { listPageName } from "@/features/events/list-pages.ts";
import type { Story } from "@/story/model/story.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";

/** An event as a headline: "1 December 2025: Maduro speaks outside the presidential palace". */
export function eventHeadline(event: StoryEvent, lang: Language): string {
  return `${formatStoryDate(event.date, lang)}: ${event.title[lang]}`;
}

/**
 * The tab's title, on the server and in the browser alike: the story and its publisher, with
 * the open event first, so that a bookmark or a shared event's page names what it shows.
 */
export function pageTitle(
  story: Story,
  lang: Language,
  event?: StoryEvent,
  listPage?: string | null,
): string {
  const parts = [
    event ? eventHeadline(event, lang) : listPage && listPageName(listPage, lang),
    story.title[lang],
    story.credit.publisher,
  ];
  return parts.filter(Boolean).join(" – ");
}
