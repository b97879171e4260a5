import { lazy } from "react";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { openEvent } from "@/state/story-store.ts";
import { useStoryStateAfterPaint } from "@/state/use-story-state-after-paint.ts";
import { useMediaQuery, WIDE_QUERY } from "@/ui/hooks/use-media-query.ts";
import { LazyBoundary } from "@/ui/lazy-boundary.tsx";
import { VerticalTimeline } from "./vertical-timeline.tsx";
import { HydrateLater } from "@/ui/hydrate-later.tsx";

// Wide screens only: phones never download the zoomable axis, d3-zoom or the scales.
const HorizontalTimeline = lazy(() => import("./horizontal-timeline.tsx"));

/**
 * The interactive timeline: a region named "Tidslinje"/"Timeline" holding the theme filters,
 * the horizontal timeline (wide screens) or the vertical one (phones, by CSS), the open
 * event's card, and a polite announcement of what was selected.
 */
export function TimelineRegion() {
  const messages = useMessages();
  // The server renders the phone layout: most readers are on phones, and it needs no width.
  const wide = useMediaQuery(WIDE_QUERY, false);

  return (
    <section id="timeline" className="timeline-region" aria-label={messages.timeline}>
      {/* The keys each layout has: only the wide one zooms. */}
      <p className="visually-hidden">
        {wide ? messages.timelineHelpWide : messages.timelineHelpPhone}
      </p>
      {/* Only one of the two is rendered; CSS keeps the page from jumping while the wide one
          replaces the prerendered phone one after hydration. */}
      <div className="timeline-region__wide">
        {wide && (
          <LazyBoundary>
            <HorizontalTimeline />
          </LazyBoundary>
        )}
      </div>
      {/* On Preact, the phone timeline hydrates after the page's frame, and its rows in turn
          (hydrate-later.tsx). */}
      {!wide && (
        <HydrateLater bare>
          <div className="timeline-region__narrow">
            <VerticalTimeline />
          </div>
        </HydrateLater>
      )}
      <SelectionAnnouncement />
    </section>
  );
}

/**
 * Says the selected event's title, politely, once the card is painted. Its own component: the
 * region itself must not render again on each selection, which would take both timelines with
 * it.
 */
function SelectionAnnouncement() {
  const lang = useLang();
  const index = useStoryIndex();
  const selected = useStoryStateAfterPaint(openEvent);
  const selectedEvent = selected ? index.events.get(selected) : undefined;
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {selectedEvent?.title[lang] ?? ""}
    </p>
  );
}
