import { EventMeta } from "@/ui/event/event-meta.tsx";
import { EventDetails } from "@/ui/event/event-details.tsx";
import { memo, useId, type ReactNode } from "react";
import { useIsSelectedEvent, useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { domIds } from "@/lib/dom-ids.ts";
import { StateLink } from "@/ui/state-link.tsx";
import { HydrateLater } from "@/ui/hydrate-later.tsx";

/**
 * One event in the readable list: date, kind, title, status with its sources, text, links.
 * Memoised: on a phone the list folds away just after hydration, and that render need not
 * draw every event again (it was most of the work of a phone's start after hydration).
 */
export const EventItem = memo(function EventItem({
  event,
  headingLevel = 3,
}: {
  event: StoryEvent;
  /** 4 when the item sits under a year or month heading (see EventList). */
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 4 ? "h4" : "h3";
  const lang = useLang();
  const selected = useIsSelectedEvent(event.id);
  const messages = useMessages();
  const index = useStoryIndex();
  const headingId = domIds.eventTitle(event.id);
  const viewpoints = index.viewpointsByEvent.get(event.id) ?? [];

  return (
    <li
      id={domIds.event(event.id)}
      className={`event event--${event.kind} event--${event.status}`}
      aria-current={selected ? "true" : undefined}
    >
      {/* The ring is styled on the article itself, not as `[aria-current] > article`: Chrome can
          leave the child's style stale when the item's attribute changes just before the list is
          reordered (newest first with a selection, as a shared link opens it). */}
      {/* On Preact, each event's text hydrates as a part of its own, in turn (hydrate-later.tsx). */}
      <HydrateLater bare>
        <article aria-labelledby={headingId} className={selected ? "is-current" : undefined}>
          <EventMeta event={event} />
          <Heading id={headingId} className="event__title">
            <StateLink
              change={{ event: event.id }}
              targetId={domIds.event(event.id)}
              revealId="timeline"
            >
              {event.title[lang]}
            </StateLink>
          </Heading>
          <EventDetails event={event} />
          {(event.explainers.length > 0 || viewpoints.length > 0) && (
            <div className="event__related">
              {event.explainers.length > 0 && (
                <RelatedLinks label={messages.relatedExplainers}>
                  {event.explainers.map((id) => (
                    <li key={id}>
                      <StateLink
                        change={{ explainer: id, viewpoint: null, compare: false }}
                        targetId={domIds.explainer(id)}
                      >
                        {index.explainers.get(id)?.title[lang] ?? id}
                      </StateLink>
                    </li>
                  ))}
                </RelatedLinks>
              )}
              {viewpoints.length > 0 && (
                <RelatedLinks label={messages.relatedViewpoints}>
                  {viewpoints.map((viewpoint) => (
                    <li key={viewpoint.id}>
                      <StateLink
                        change={{ viewpoint: viewpoint.id, explainer: null, compare: false }}
                        targetId={domIds.viewpoint(viewpoint.id)}
                      >
                        {index.people.get(viewpoint.person)?.name ?? viewpoint.person}
                        {viewpoint.question &&
                          `: ${index.questions.get(viewpoint.question)?.title[lang] ?? ""}`}
                      </StateLink>
                    </li>
                  ))}
                </RelatedLinks>
              )}
            </div>
          )}
        </article>
      </HydrateLater>
    </li>
  );
});

function RelatedLinks({ label, children }: { label: string; children: ReactNode }) {
  const labelId = useId();
  return (
    <div className="related">
      <p id={labelId} className="related__label">
        {label}
      </p>
      <ul className="related__links" aria-labelledby={labelId}>
        {children}
      </ul>
    </div>
  );
}
