import { EventMeta } from "@/ui/event/event-meta.tsx";
import { EventDetails } from "@/ui/event/event-details.tsx";
import { memo } from "react";
import { domIds } from "@/lib/dom-ids.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import {
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { useSwipe } from "@/ui/hooks/use-swipe.ts";
import { ShareButtons } from "@/ui/event/share-buttons.tsx";

interface EventCardProps {
  event: StoryEvent;
  /** Unfolded under its own button (phones), which already shows the date and title. */
  inline?: boolean;
}

/** The open event: date, title, status and who says so, text, quote, and where to read more. */
function EventCardView({ event, inline = false }: EventCardProps) {
  const lang = useLang();
  const messages = useMessages();
  const index = useStoryIndex();
  const store = useStoryStore();
  const step = (delta: number) => store.getState().step(delta);
  const swipe = useSwipe(
    () => step(1),
    () => step(-1),
  );
  const position = useStoryState((s) => s.positions.get(event.id) ?? -1);
  const total = useStoryState((s) => s.order.length);
  const viewpoints = index.viewpointsByEvent.get(event.id) ?? [];
  const headingId = domIds.cardTitle(event.id);

  return (
    <article
      className={`event-card event-card--${event.kind}`}
      aria-labelledby={headingId}
      {...swipe}
    >
      {position >= 0 && (
        <p className="event-card__position">
          {fillTemplate(messages.eventPosition, {
            n: position + 1,
            total,
          })}
        </p>
      )}
      {!inline && <EventMeta event={event} />}
      <h2 id={headingId} className={inline ? "visually-hidden" : "event-card__title"} tabIndex={-1}>
        {event.title[lang]}
      </h2>
      <EventDetails event={event} />
      {event.explainers.length + viewpoints.length > 0 && (
        <ul className="event-card__related">
          {event.explainers.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip chip--explainer"
                onClick={() => store.getState().openExplainer(id)}
              >
                <span className="chip__kind">{messages.relatedExplainers}:</span>{" "}
                {index.explainers.get(id)?.title[lang]}
              </button>
            </li>
          ))}
          {viewpoints.map((viewpoint) => (
            <li key={viewpoint.id}>
              <button
                type="button"
                className="chip chip--viewpoint"
                onClick={() => store.getState().openViewpoint(viewpoint.id)}
              >
                <span className="chip__kind">{index.people.get(viewpoint.person)?.name}:</span>{" "}
                {viewpoint.question ? index.questions.get(viewpoint.question)?.title[lang] : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShareButtons eventId={event.id} title={event.title[lang]} />
      <div className="event-card__nav">
        <button
          type="button"
          className="tl-tool tl-tool--text"
          onClick={() => step(-1)}
          disabled={position <= 0}
          aria-label={messages.previousEvent}
        >
          <span aria-hidden="true">←</span> {messages.previous}
        </button>
        <button
          type="button"
          className="tl-tool tl-tool--text"
          onClick={() => step(1)}
          disabled={position === -1 || position >= total - 1}
          aria-label={messages.nextEvent}
        >
          {messages.next} <span aria-hidden="true">→</span>
        </button>
      </div>
    </article>
  );
}

/** Memoised: the wide timeline re-renders at each new layout and selection; this need not. */
export const EventCard = memo(EventCardView);
