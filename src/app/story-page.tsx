import { Suspense } from "react";
import { EventList } from "@/features/events/event-list.tsx";
import { ExplainerSection } from "@/features/explainers/explainer-section.tsx";
import { DeferredStory, useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { useListPage } from "@/state/view-context.ts";
import { storyPath } from "@/lib/routes.ts";
import { TimelineRegion } from "@/features/timeline/timeline-region.tsx";
import { DocumentTitle } from "./document-title.tsx";
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
 * The full story page: the readable form of the story, rendered on the server and hydrated.
 * A page of a long story's list (`/<slug>/events/2016-03/`) is the same page without the
 * timeline, explainers and experts: that stretch's events, with the way back to the timeline.
 */
export function StoryPage() {
  const lang = useLang();
  const messages = useMessages();
  const { story } = useStoryIndex();
  const listPage = useListPage();

  return (
    <>
      <DocumentTitle />
      <div className="story-page" lang={lang}>
        <a className="skip-link" href={listPage ? "#events" : "#timeline"}>
          {messages.skipToEvents}
        </a>
        <StoryHeader />
        <main id="main">
          {listPage ? (
            <p>
              <a href={storyPath(story.slug, { lang, original: story.languages[0] })}>
                {messages.backToTimeline}
              </a>
            </p>
          ) : (
            <>
              <RegionBoundary>
                <TimelineRegion />
              </RegionBoundary>
              <PanelHost />
            </>
          )}
          <DeferredStory>
            <RegionBoundary>
              <Suspense fallback={null}>
                <EventList />
              </Suspense>
            </RegionBoundary>
            {!listPage && (
              <>
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
              </>
            )}
          </DeferredStory>
        </main>
        <StoryFooter />
      </div>
    </>
  );
}
