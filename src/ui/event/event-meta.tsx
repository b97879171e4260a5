import { useMessages } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { StoryDateView } from "@/ui/story-date-view.tsx";
import { FreshBadge } from "./fresh-badge.tsx";

/** The line above an event's title: its date, its kind (unless a plain event), and what is new. */
export function EventMeta({ event }: { event: StoryEvent }) {
  const messages = useMessages();
  return (
    <p className="event__meta">
      <StoryDateView date={event.date} />
      {event.kind !== "event" && <span className="event__kind">{messages.kind[event.kind]}</span>}
      <FreshBadge event={event} />
    </p>
  );
}
