import { lazy, Suspense, useState } from "react";
import { useLang, useMessages, useStoryIndex, useStoryState } from "../state/story-context.tsx";
import { RegionBoundary } from "../ui/region-boundary.tsx";
import { useTimelineNavigation } from "./use-timeline-navigation.ts";
import { VerticalTimeline } from "./vertical-timeline.tsx";
import { useMediaQuery } from "../ui/hooks/use-media-query.ts";

// Wide screens only: phones never download the zoomable axis, d3-zoom or the scales.
const HorizontalTimeline = lazy(() => import("./horizontal-timeline.tsx"));
const TimelinePanels = lazy(() => import("./timeline-panels.tsx"));

export const WIDE_QUERY = "(min-width: 600px)";

/**
 * The interactive timeline: a region named "Tidslinje"/"Timeline" holding the theme filters,
 * the horizontal timeline (wide screens) or the vertical one (phones, by CSS), the open
 * event's card, the panels, and a polite announcement of what was selected.
 */
export function TimelineRegion() {
  const messages = useMessages();
  const lang = useLang();
  const explainer = useStoryState((s) => s.explainer);
  const viewpoint = useStoryState((s) => s.viewpoint);
  const compare = useStoryState((s) => s.compare);
  // Once a panel has been opened the panels stay mounted, so closing one can animate.
  const [panelsWanted, setPanelsWanted] = useState(false);
  if (!panelsWanted && (explainer || viewpoint || compare)) setPanelsWanted(true);
  const index = useStoryIndex();
  const navigation = useTimelineNavigation();
  // The server renders the phone layout: most readers are on phones, and it needs no width.
  const wide = useMediaQuery(WIDE_QUERY, false);
  const selectedEvent = navigation.selected ? index.events.get(navigation.selected) : undefined;

  return (
    <section id="timeline" className="timeline-region" aria-label={messages.timeline}>
      <p className="visually-hidden">{messages.timelineHelp}</p>
      {/* Only one of the two is rendered; CSS keeps the page from jumping while the wide one
          replaces the prerendered phone one after hydration. */}
      <div className="timeline-region__wide">
        {wide && <HorizontalTimeline navigation={navigation} />}
      </div>
      {!wide && (
        <div className="timeline-region__narrow">
          <VerticalTimeline navigation={navigation} />
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selectedEvent?.title[lang] ?? ""}
      </p>
      {panelsWanted && (
        <RegionBoundary>
          <Suspense fallback={null}>
            <TimelinePanels />
          </Suspense>
        </RegionBoundary>
      )}
    </section>
  );
}
