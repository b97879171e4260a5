import { useLang, useMessages, useStoryStore } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { formatStoryDate } from "@/i18n/format-date.ts";

/**
 * A panel's related events, each one click away: it opens the event and closes the panel, and
 * focus goes to that event on the timeline (not back to whatever opened the panel).
 */
export function RelatedEvents({ events }: { events: readonly StoryEvent[] }) {
  const messages = useMessages();
  const lang = useLang();
  const store = useStoryStore();
  if (events.length === 0) return null;
  return (
    <>
      <h3 className="side-panel__subheading">{messages.relatedEvents}</h3>
      <ul className="related-events">
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="related-events__button"
              onClick={() => {
                store.getState().closePanel();
                store.getState().selectEvent(event.id, true);
              }}
            >
              <span className="related-events__date">{formatStoryDate(event.date, lang)}</span>
              <span>{event.title[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
