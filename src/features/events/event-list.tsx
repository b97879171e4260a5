import { useMemo } from "react";
import { NewestFirstToggle } from "@/ui/event/newest-first-toggle.tsx";
import { fillPlural } from "@/i18n/messages.ts";
import {
  useLang,
  useLastVisit,
  useMessages,
  useStoryIndex,
  useStoryState,
} from "@/state/story-context.tsx";
import { getFreshness } from "@/story/model/freshness.ts";
import { CLAIM_STATUSES } from "@/story/model/vocabulary.ts";
import { EventItem } from "./event-item.tsx";
import { groupEvents } from "./event-groups.ts";
import { formatDatePoint } from "@/i18n/format-date.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import { StatusBadge } from "@/ui/event/status-badge.tsx";
import { useListFold } from "./use-list-fold.ts";
import { listPages, pagedKinds } from "./list-pages.ts";
import { ListPageNav } from "./list-page-nav.tsx";
import { useListPage } from "@/state/view-context.ts";
import { storyPath } from "@/lib/routes.ts";
import { useListLater } from "./use-list-later.ts";

/**
 * The story as an ordered list: the form a screen reader, a search engine and a reader without
 * JavaScript get, and the ground truth the timeline graphics are drawn from. On a phone it
 * folds away behind a button once the app runs (use-list-fold.ts).
 */
export function EventList() {
  const messages = useMessages();
  const lang = useLang();
  const { story, datedEvents, undatedEvents } = useStoryIndex();
  const count = datedEvents.length + undatedEvents.length;
  const later = useListLater();

  // Its own language: after a switch it follows the page a moment later (DeferredStory).
  return (
    <section lang={lang} id="events" className="events" aria-labelledby="events-heading">
      <h2 id="events-heading">{messages.eventsHeading}</h2>
      <p className="events__intro">{fillPlural(messages.eventsIntro, count, lang)}</p>
      {later ? (
        <p>
          <a href={`${storyPath(story.slug, { lang, original: story.languages[0] })}#events`}>
            {fillPlural(messages.eventsOnStoryPage, count, lang)}
          </a>
        </p>
      ) : (
        <ListBody count={count} />
      )}
    </section>
  );
}

/** The list's events, one page of them, or the links to its pages, with its legend. */
function ListBody({ count }: { count: number }) {
  const messages = useMessages();
  const lang = useLang();
  const { datedEvents, undatedEvents } = useStoryIndex();
  const newestFirst = useStoryState((s) => s.newestFirst);
  const lastVisit = useLastVisit();
  // Counted when the last visit is known, not on every change of the store; a first visit (and
  // the build, which renders hundreds of a long story's pages) has nothing to count.
  const fresh = useMemo(
    () =>
      lastVisit === null
        ? 0
        : [...datedEvents, ...undatedEvents].filter((e) => getFreshness(e, lastVisit) !== null)
            .length,
    [datedEvents, undatedEvents, lastVisit],
  );
  // A list of more than a few dozen events is split into pages of its own (list-pages.ts):
  // the story's page links to them, and each shows its own events.
  const listPage = useListPage();
  const pages = useMemo(() => listPages(datedEvents, undatedEvents), [datedEvents, undatedEvents]);
  const paged = pagedKinds(pages);
  const shown = pages?.find((page) => page.key === listPage) ?? null;
  const { bodyRef, phone, open, toggle } = useListFold(shown !== null);
  const groups = useMemo(() => {
    if (shown) return shown.period === null ? [] : [{ period: shown.period, events: shown.events }];
    if (paged.dated) return [];
    return groupEvents(newestFirst ? [...datedEvents].reverse() : datedEvents);
  }, [datedEvents, newestFirst, paged.dated, shown]);
  // The undated events this page lists: a page of them, or all of them on the story's page
  // unless they have pages of their own.
  const undated =
    shown?.period === null ? shown.events : shown || paged.undated ? [] : undatedEvents;

  return (
    <>
      {phone && !shown && (
        <button
          type="button"
          className="tl-tool tl-tool--text events__unfold"
          aria-expanded={open}
          aria-controls="events-body"
          onClick={toggle}
        >
          {open
            ? messages.eventsHideAll
            : fillPlural(pages ? messages.eventsShowPages : messages.eventsShowAll, count, lang)}
        </button>
      )}
      <div id="events-body" ref={bodyRef}>
        <details className="status-legend">
          <summary>{messages.statusLegend}</summary>
          <dl>
            {CLAIM_STATUSES.map((status) => (
              <div key={status} className="status-legend__row">
                <dt>
                  <StatusBadge status={status} />
                </dt>
                <dd>{messages.statusHelp[status]}</dd>
              </div>
            ))}
          </dl>
        </details>
        {fresh > 0 && <p className="events__fresh">{fillPlural(messages.newCount, fresh, lang)}</p>}
        {!shown && !paged.dated && <NewestFirstToggle />}
        {groups.map((group) =>
          group.period === null ? (
            <ol key="all" className="event-list" reversed={newestFirst}>
              {group.events.map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </ol>
          ) : (
            <EventGroupSection key={group.period} period={group.period} events={group.events} />
          ),
        )}
        {undated.length > 0 && (
          <section className="events__undated" aria-labelledby="undated-heading">
            <h2 id="undated-heading">{messages.undatedHeading}</h2>
            <p className="events__intro">{messages.undatedIntro}</p>
            <ul className="event-list event-list--undated">
              {undated.map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </ul>
          </section>
        )}
        {pages && <ListPageNav pages={pages} current={shown?.key ?? null} />}
      </div>
    </>
  );
}

/**
 * One year or month of a long story, under its own heading. The browser skips rendering the
 * groups that are off screen (content-visibility), which keeps a story of thousands of events
 * as quick to scroll and to interact with as a short one.
 */
function EventGroupSection({ period, events }: { period: string; events: StoryEvent[] }) {
  const lang = useLang();
  const headingId = `events-${period}`;
  return (
    <section
      className="event-group"
      aria-labelledby={headingId}
      // A guess at its height until it has been rendered once; then the browser remembers.
      style={{ containIntrinsicSize: `auto ${events.length * 12}rem` }}
    >
      <h3 id={headingId} className="event-group__heading">
        {formatDatePoint(period, lang)}
      </h3>
      <ol className="event-list">
        {events.map((event) => (
          <EventItem key={event.id} event={event} headingLevel={4} />
        ))}
      </ol>
    </section>
  );
}
