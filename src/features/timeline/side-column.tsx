import {
  useIsSelectedEvent,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { EventButton } from "./event-button.tsx";
import { EventCard } from "./event-card.tsx";
import { TimelineToolbar } from "./timeline-toolbar.tsx";
import { ZoomButtons, type ZoomControls } from "./zoom-buttons.tsx";
import { StatusKey } from "./status-key-view.tsx";
import { TitleCard } from "./title-card.tsx";

interface SideColumnProps {
  /** Beside the plot (wide frames) rather than below it; the toolbar moves in with it. */
  column: boolean;
  zoom: ZoomControls;
  undated: readonly StoryEvent[];
  tabStop: string | undefined;
}

/** The open event's card (or the story's title card) and the events the reporting gives no date. */
export function SideColumn({ column, zoom, undated, tabStop }: SideColumnProps) {
  const messages = useMessages();
  const index = useStoryIndex();
  const selected = useStoryState((s) => s.event);
  const selectedEvent = selected ? index.events.get(selected) : undefined;
  return (
    <div className={`htl__side${column ? " htl__side--column" : ""}`}>
      {column && <TimelineToolbar zoom={<ZoomButtons zoom={zoom} />} />}
      {column && <StatusKey />}
      <div id="timeline-card">
        {selectedEvent ? <EventCard event={selectedEvent} /> : <TitleCard />}
      </div>
      {undated.length > 0 && (
        <div className="htl__undated">
          <p className="htl__undated-title">{messages.undatedHeading}</p>
          <ul>
            {undated.map((event) => (
              <li key={event.id}>
                <UndatedButton event={event} tabStop={event.id === tabStop} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function UndatedButton({ event, tabStop }: { event: StoryEvent; tabStop: boolean }) {
  const store = useStoryStore();
  const selected = useIsSelectedEvent(event.id);
  return (
    <EventButton
      event={event}
      selected={selected}
      tabStop={tabStop}
      onSelect={store.getState().selectEvent}
      className="tl-event--undated"
    />
  );
}
