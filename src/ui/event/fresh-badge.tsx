import { useHasArrived, useLastVisit, useMessages } from "@/state/story-context.tsx";
import { getFreshness } from "@/story/model/freshness.ts";
import type { StoryEvent } from "@/story/model/types.ts";

/** "New since your last visit" / "Updated since your last visit", for a developing story. */
export function FreshBadge({ event }: { event: StoryEvent }) {
  const messages = useMessages();
  const arrived = useHasArrived(event.id);
  const lastVisit = useLastVisit();
  const freshness = arrived ? "new" : getFreshness(event, lastVisit);
  if (!freshness) return null;
  return (
    <span className={`fresh-badge fresh-badge--${freshness}`}>
      {freshness === "new" ? messages.newSinceVisit : messages.updatedSinceVisit}
    </span>
  );
}
