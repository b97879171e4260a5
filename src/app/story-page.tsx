import { Suspense, useMemo } from "react";
import { EventList } from "@/features/events/event-list.tsx";
import { ExplainerSection } from "@/features/explainers/explainer-section.tsx";
import {
  DeferredStory,
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
} from "@/state/story-context.tsx";
import { useDocumentLanguage } from "@/state/use-document-language.ts";
import { TimelineRegion } from "@/features/timeline/timeline-region.tsx";
import { pageTitle } from "./page-title.ts";
import { PanelHost } from "./panel-host.tsx";
import { RegionBoundary } from "@/ui/region-boundary.tsx";
import { StoryFooter } from "./story-footer.tsx";
import { StoryHeader } from "./story-header.tsx";
import { ViewpointSection } from "@/features/viewpoints/viewpoint-section.tsx";

/*
 * The Suspense boundaries around the long, static sections let React hydrate them in pieces
 * and yield to the browser between them, so a long story does not block the main thread.
 */

/**
 * The tab's title names the open event. A component of its own, rendering nothing: if the page
 * subscribed to the selection, every click would render the whole page again (2 s at 5,000
 * events on a slow machine, where a click must paint within 50 ms).
 */
function DocumentTitle() {
  const lang = useLang();
  const index = useStoryIndex();
  const open = useStoryState((s) => s.event);
  const event = open ? index.events.get(open) : undefined;
  const title = useMemo(() => pageTitle(index.story, lang, event), [index, lang, event]);
  useDocumentLanguage(lang, title);
  return null;
}

/** The full story page: the readable form of the story, rendered on the server and hydrated. */
export function StoryPage() {
  const lang = useLang();
  const messages = useMessages();

  return (
    <>
      <DocumentTitle />
      <div className="story-page" lang={lang}>
        <a className="skip-link" href="#timeline">
          {messages.skipToEvents}
        </a>
        <StoryHeader />
        <main id="main">
          <RegionBoundary>
            <TimelineRegion />
          </RegionBoundary>
          <PanelHost />
          <DeferredStory>
            <RegionBoundary>
              <Suspense fallback={null}>
                <EventList />
              </Suspense>
            </RegionBoundary>
            <RegionBoundary>
              <Suspense fallback={null}>
                <ExplainerSection />
              </Suspense>
            </RegionBoundary>
            <RegionBoundary>
              <Suspense fallback={null}>
                <ViewpointSection />
              </Suspense>
            </RegionBoundary>
          </DeferredStory>
        </main>
        <StoryFooter />
      </div>
    </>
  );
}
