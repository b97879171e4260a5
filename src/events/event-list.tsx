import { useMemo } from "react";
import { NewestFirstToggle } from "./newest-first-toggle.tsx";
import { fillTemplate } from "../i18n/messages.ts";
import { useMessages, useStoryIndex, useStoryState } from "../state/story-context.tsx";
import { getFreshness } from "../story/freshness.ts";
import { CLAIM_STATUSES } from "../story/vocabulary.ts";
import { EventItem } from "./event-item.tsx";
import { StatusBadge } from "./status-badge.tsx";

/**
 * The story as an ordered list: the form a screen reader, a search engine and a reader without
 * JavaScript get, and the ground truth the timeline graphics are drawn from.
 */
export function EventList() {
  const messages = useMessages();
  const { datedEvents, undatedEvents } = useStoryIndex();
  const count = datedEvents.length + undatedEvents.length;
  const newestFirst = useStoryState((s) => s.newestFirst);
  const lastVisit = useStoryState((s) => s.lastVisit);
  // Counted when the last visit is known, not on every change of the store.
  const fresh = useMemo(
    () =>
      [...datedEvents, ...undatedEvents].filter((e) => getFreshness(e, lastVisit) !== null).length,
    [datedEvents, undatedEvents, lastVisit],
  );
  const ordered = newestFirst ? [...datedEvents].reverse() : datedEvents;

  return (
    <section id="events" className="events" aria-labelledby="events-heading">
      <h2 id="events-heading">{messages.eventsHeading}</h2>
      <p className="events__intro">{fillTemplate(messages.eventsIntro, { count })}</p>
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
      {fresh > 0 && (
        <p className="events__fresh">{fillTemplate(messages.newCount, { count: fresh })}</p>
      )}
      <NewestFirstToggle />
      <ol className="event-list" reversed={newestFirst}>
        {ordered.map((event) => (
          <EventItem key={event.id} event={event} />
        ))}
      </ol>
      {undatedEvents.length > 0 && (
        <section className="events__undated" aria-labelledby="undated-heading">
          <h2 id="undated-heading">{messages.undatedHeading}</h2>
          <p className="events__intro">{messages.undatedIntro}</p>
          <ul className="event-list event-list--undated">
            {undatedEvents.map((event) => (
              <EventItem key={event.id} event={event} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
