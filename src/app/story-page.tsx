import { EventList } from "@/features/events/event-list.tsx";
import { ExplainerSection } from "@/features/explainers/explainer-section.tsx";
import { DeferredStory, useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { useListPage } from "@/state/view-context.ts";
import { storyPath } from "@/lib/routes.ts";
import { TimelineRegion } from "@/features/timeline/timeline-region.tsx";
import { DocumentTitle } from "./document-title.tsx";
import { PanelHost } from "./panel-host.tsx";
import { HydrateLater } from "@/ui/hydrate-later.tsx";
import { RegionBoundary } from "@/ui/region-boundary.tsx";
import { StoryFooter } from "./story-footer.tsx";
import { StoryHeader } from "./story-header.tsx";
import { ViewpointSection } from "@/features/viewpoints/viewpoint-section.tsx";

/*
 * The long, static sections below the timeline hydrate apart (React DOM's Suspense boundaries;
 * on Preact, in turn with the header, the footer and the parts within them: HydrateLater), so
 * the page's start does not hold the main thread for the whole story.
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
        <HydrateLater bare>
          <StoryHeader />
        </HydrateLater>
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
              <HydrateLater>
                <EventList />
              </HydrateLater>
            </RegionBoundary>
            {!listPage && (
              <>
                <RegionBoundary>
                  <HydrateLater>
                    <ExplainerSection />
                  </HydrateLater>
                </RegionBoundary>
                <RegionBoundary>
                  <HydrateLater>
                    <ViewpointSection />
                  </HydrateLater>
                </RegionBoundary>
              </>
            )}
          </DeferredStory>
        </main>
        <HydrateLater bare>
          <StoryFooter />
        </HydrateLater>
      </div>
    </>
  );
}
