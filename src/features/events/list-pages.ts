import { formatDatePoint } from "@/i18n/format-date.ts";
import { getMessages } from "@/i18n/messages.ts";
import { oncePerObject } from "@/lib/once-per-object.ts";
import type { Story } from "@/story/model/story.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { StoryDate } from "@/story/model/types.ts";
import { GROUP_FROM, groupEvents } from "./event-groups.ts";

/**
 * A story's readable list, once it has more than a few dozen events, is split into pages of
 * its own, one per year or month (and parts of a crowded month), each prerendered at
 * `/<slug>/[<lang>/]events/<key>/`: a page's first response then stays within 14 KB however
 * many events the story has, while every event is still readable without scripts and found by
 * the browser's find on its period's page. Its undated events, when more than a few dozen, get
 * pages of their own after the dated ones (`undated`, `undated-p2`, …). A story that has a page
 * for each event (event-pages.ts) splits its list all the same: from a few dozen events its
 * full texts, listed on its page, made the page too long for the first round trip, and every
 * event's page with it.
 */

/** The most events one page of the list holds. */
export const LIST_PAGE_SIZE = 40;

export interface ListPage<E> {
  /**
   * The page's path segment: its period (`2016`, `2016-03`) or `undated`, `-p2` on for a
   * second part.
   */
  key: string;
  /** `YYYY` or `YYYY-MM`, a date point that formats like any other date; null: undated. */
  period: string | null;
  events: E[];
}

/** The key of the first page of a long story's undated events. */
export const UNDATED_PAGE = "undated";

/**
 * The pages of a story's list: its dated events in reading order, then its undated ones; null
 * for a story short enough to list on its page. Every event is on the story's page or on
 * exactly one page of the list: a few dozen dated events, or a few dozen undated ones, stay on
 * the story's page.
 */
export function listPages<E extends { date: StoryDate }>(
  dated: readonly E[],
  undated: readonly E[] = [],
): ListPage<E>[] | null {
  // Worked out once per list of events: the build renders every page of a long story's list.
  const pages = [
    ...(dated.length > GROUP_FROM ? (datedPagesOf(dated) as ListPage<E>[]) : []),
    ...(undated.length > GROUP_FROM ? (undatedPagesOf(undated) as ListPage<E>[]) : []),
  ];
  return pages.length > 0 ? pages : null;
}

/** Which of a story's events its list's pages hold; the rest are listed on the story's page. */
export function pagedKinds(pages: readonly ListPage<unknown>[] | null) {
  return {
    dated: pages?.some((page) => page.period !== null) ?? false,
    undated: pages?.some((page) => page.period === null) ?? false,
  };
}

/** The keys of a story's list pages (none for a story short enough to list on its page). */
export function listPageKeys(story: Story): string[] {
  const index = buildStoryIndex(story);
  const pages = listPages(index.datedEvents, index.undatedEvents);
  return pages?.map((page) => page.key) ?? [];
}

const datedPagesOf = oncePerObject((events: readonly { date: StoryDate }[]) =>
  splitIntoPages(events),
);

const undatedPagesOf = oncePerObject((events: readonly unknown[]) =>
  inParts(UNDATED_PAGE, null, events),
);

/** A period's events in pages of LIST_PAGE_SIZE: `key`, `key-p2`, … */
function inParts<E>(key: string, period: string | null, events: readonly E[]): ListPage<E>[] {
  const parts = Math.ceil(events.length / LIST_PAGE_SIZE);
  return Array.from({ length: parts }, (_, i) => ({
    key: i === 0 ? key : `${key}-p${i + 1}`,
    period,
    events: events.slice(i * LIST_PAGE_SIZE, (i + 1) * LIST_PAGE_SIZE),
  }));
}

function splitIntoPages<E extends { date: StoryDate }>(events: readonly E[]): ListPage<E>[] {
  return groupEvents(events).flatMap(({ period, events: inPeriod }) => {
    // groupEvents gives every group of a list this long a period.
    const name = period ?? "";
    return inParts(name, name, inPeriod);
  });
}

/**
 * A page of a long story's list by its key (`2016-03`, `2016-03-p2`, `undated`): "mars 2016",
 * "Uten dato", and its part after it when its period has more than one ("mars 2016 (2)").
 */
export function listPageName(key: string, lang: Language): string {
  const [, period = key, part] = /^(.+?)(?:-p(\d+))?$/.exec(key) ?? [];
  const name =
    period === UNDATED_PAGE ? getMessages(lang).undatedHeading : formatDatePoint(period, lang);
  return part ? `${name} (${part})` : name;
}

/** Up to this many pages, the list's navigation links each of them. */
const LINK_EVERY_PAGE_UP_TO = 36;

export interface ListPageLink {
  /** The page it opens. */
  key: string;
  /** What it names: that page, or (a link to its first page) a whole year. */
  name: { page: string } | { year: string };
  events: number;
}

/**
 * The links a page of the list shows to the others: each page, or for a story with many, each
 * year (to its first page) and the pages of the year in view (the latest on the story's page),
 * so that the navigation stays a few dozen links however long the story is.
 */
export function listPageLinks(
  pages: readonly ListPage<unknown>[],
  current: string | null,
): ListPageLink[] {
  const byPage = (page: ListPage<unknown>): ListPageLink => ({
    key: page.key,
    name: { page: page.key },
    events: page.events.length,
  });
  if (pages.length <= LINK_EVERY_PAGE_UP_TO) return pages.map(byPage);
  // The undated pages are linked as one more "year", after the last.
  const yearOf = (page: ListPage<unknown>) => page.period?.slice(0, 4) ?? UNDATED_PAGE;
  const shown =
    pages.find((page) => page.key === current) ??
    pages.findLast((page) => page.period !== null) ??
    pages[pages.length - 1]!;
  const links: ListPageLink[] = [];
  let linkedYear: string | null = null;
  for (const page of pages) {
    const year = yearOf(page);
    const last = links.at(-1);
    if (year === yearOf(shown)) links.push(byPage(page));
    else if (last && year === linkedYear) last.events += page.events.length;
    else
      links.push({
        key: page.key,
        name: page.period === null ? { page: UNDATED_PAGE } : { year },
        events: page.events.length,
      });
    linkedYear = year;
  }
  return links;
}
