import { AnimatePresence } from "framer-motion";
import { ExplainerPanel } from "../explainers/explainer-panel.tsx";
import { useMessages, useStoryIndex, useStoryState } from "../state/story-context.tsx";
import { ComparePanel } from "../viewpoints/compare-panel.tsx";
import { ViewpointPanel } from "../viewpoints/viewpoint-panel.tsx";
import { RegionBoundary } from "../ui/region-boundary.tsx";
import { HorizontalTimeline } from "./horizontal-timeline.tsx";
import { useTimelineNavigation } from "./use-timeline-navigation.ts";
import { VerticalTimeline } from "./vertical-timeline.tsx";
import { useMediaQuery } from "../ui/hooks/use-media-query.ts";

export const WIDE_QUERY = "(min-width: 600px)";

/**
 * The interactive timeline: a region named "Tidslinje"/"Timeline" holding the theme filters,
 * the horizontal timeline (wide screens) or the vertical one (phones, by CSS), the open
 * event's card, the panels, and a polite announcement of what was selected.
 */
export function TimelineRegion() {
  const messages = useMessages();
  const lang = useStoryState((s) => s.lang);
  const explainer = useStoryState((s) => s.explainer);
  const viewpoint = useStoryState((s) => s.viewpoint);
  const compare = useStoryState((s) => s.compare);
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
      <RegionBoundary>
        <AnimatePresence>
          {explainer && <ExplainerPanel key={`explainer-${explainer}`} id={explainer} />}
          {viewpoint && <ViewpointPanel key={`viewpoint-${viewpoint}`} id={viewpoint} />}
          {compare && <ComparePanel key="compare" />}
        </AnimatePresence>
      </RegionBoundary>
    </section>
  );
}
