import { formatStoryDate } from "@/i18n/format-date.ts";
import { getMessages } from "@/i18n/messages.ts";
import { escapeHtml } from "@/lib/html-escape.ts";
import { plainText } from "@/lib/inline-markup.ts";
import { storyPath } from "@/lib/routes.ts";
import { eventLink } from "@/story/model/event-pages.ts";
import type { Story } from "@/story/model/story.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";

export interface FeedOptions {
  /** Absolute URLs need the site's address; without it, links are root-relative. */
  siteUrl: string | undefined;
  base: string;
  lang: Language;
}

/**
 * How many events a feed carries: feed readers fetch it every hour or so and want what is new;
 * a long story's whole past (20,000 entries, 10 MB) is its pages' business, not the feed's.
 */
export const FEED_MAX_ENTRIES = 100;

/**
 * `/<slug>/feed.xml`: the story's newest events as an Atom feed, newest first, each with its page,
 * date (at the precision the reporting gives), status and when it was last changed. Every
 * value is escaped text: a story's markup reaches a feed reader as the words it stands for.
 */
export function atomFeed(story: Story, { siteUrl, base, lang }: FeedOptions): string {
  const original = story.languages[0] ?? "nb";
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  const page = absolute(storyPath(story.slug, { lang, original, base }));
  const messages = getMessages(lang);
  const index = buildStoryIndex(story);
  const events = [...index.datedEvents]
    .reverse()
    .concat(index.undatedEvents)
    .slice(0, FEED_MAX_ENTRIES);
  const entry = (event: Story["events"][number]) => {
    const url = absolute(eventLink(story, event.id, { lang, original, base }));
    const updated = event.updated ?? event.added ?? story.updated;
    const summary = [
      formatStoryDate(event.date, lang),
      messages.status[event.status],
      event.text ? plainText(event.text[lang]) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    return [
      "  <entry>",
      `    <id>${escapeHtml(url)}</id>`,
      `    <title>${escapeHtml(event.title[lang])}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(url)}"/>`,
      `    <updated>${escapeHtml(new Date(updated).toISOString())}</updated>`,
      `    <category term="${escapeHtml(event.status)}" label="${escapeHtml(messages.status[event.status])}"/>`,
      `    <summary>${escapeHtml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeHtml(page)}</id>`,
    `  <title>${escapeHtml(story.title[lang])}</title>`,
    `  <subtitle>${escapeHtml(story.summary[lang])}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(page)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(absolute(`${storyPath(story.slug, { lang, original, base })}feed.xml`))}"/>`,
    `  <updated>${escapeHtml(new Date(story.updated).toISOString())}</updated>`,
    `  <author><name>${escapeHtml(story.credit.publisher)}</name></author>`,
    ...events.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
