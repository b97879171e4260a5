import { startTransition, useEffect, useState } from "react";
import { useIsEventPage } from "@/state/view-context.ts";

/**
 * Whether the list waits until the app has started: on an event's own page it does. That page
 * is the story's page with one event open, and its first response carried every event's full
 * text a second time, below the open card: the event pages were the first to outgrow the
 * 14 KB of the first round trip. Without scripts the page links to the list on the story's
 * page instead; with them, the list comes once hydration is done, as a transition.
 */
export function useListLater(): boolean {
  const eventPage = useIsEventPage();
  const [later, setLater] = useState(eventPage);
  useEffect(() => {
    if (later) startTransition(() => setLater(false));
  }, [later]);
  return later;
}
