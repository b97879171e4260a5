import { StrictMode, useEffect, useRef, useState } from "react";
import { parseEmbedOptions } from "../embed/embed-options.ts";
import { useEmbedBridge } from "../embed/use-embed-bridge.ts";
import { getKnownIds } from "../state/initial-state.ts";
import { StoryProvider } from "../state/story-context.tsx";
import { createStoryStore } from "../state/story-store.ts";
import { useUrlSync } from "../state/use-url-sync.ts";
import { readLastVisit, writeLastVisit } from "../state/visit-memory.ts";
import type { UrlState } from "../state/url-state.ts";
import { latestEvent } from "../story/event-order.ts";
import type { Story } from "../story/story.ts";
import { buildStoryIndex } from "../story/story-index.ts";
import { EmbedPage } from "./embed-page.tsx";
import type { StoryView } from "./routes.ts";
import { StoryPage } from "./story-page.tsx";
import { ViewContext } from "./view-context.ts";
import { markHydrated } from "../ui/hydration.ts";

interface StoryRootProps {
  story: Story;
  /** The state the server rendered with; hydration must start from exactly this. */
  initialState: UrlState;
  /** What the address bar asks for, applied right after hydration. */
  urlState?: UrlState;
  /** Off on the server and in tests that do not want the address bar touched. */
  syncUrl?: boolean;
  view?: StoryView;
}

/** Builds one story's index and store and renders its page or embed. Safe on the server. */
export function StoryRoot({
  story,
  initialState,
  urlState,
  syncUrl = true,
  view = "page",
}: StoryRootProps) {
  const [index] = useState(() => buildStoryIndex(story));
  const [store] = useState(() => createStoryStore(initialState));
  const [ids] = useState(() => getKnownIds(story));
  const rootRef = useRef<HTMLDivElement>(null);
  const defaultLanguage = story.languages[0] ?? "nb";
  const embed = view === "embed";

  // Declared before useUrlSync so it runs first: applying the URL's own state must not add
  // a history entry.
  useEffect(() => markHydrated(), []);

  // A developing story marks what is new since the reader was last here (when storage allows).
  useEffect(() => {
    store.getState().setLastVisit(readLastVisit(story.slug));
    writeLastVisit(story.slug, Date.now());
  }, [store, story.slug]);

  useEffect(() => {
    if (!urlState) return;
    let next = urlState;
    const start = embed ? parseEmbedOptions(window.location.search).start : null;
    if (!next.event && start) {
      const first = start === "first" ? index.datedEvents[0] : latestEvent(index, next.threads);
      next = { ...next, event: first?.id ?? null };
    }
    store.getState().applyUrlState(next);
  }, [store, urlState, embed, index]);

  // Inside an article, the embed must not fill the host page's Back button with its steps.
  useUrlSync(syncUrl ? store : null, ids, defaultLanguage, embed ? "replace" : "push");
  const childId =
    embed && typeof window !== "undefined"
      ? parseEmbedOptions(window.location.search).childId
      : null;
  useEmbedBridge(embed, rootRef, store, story.slug, ids, childId);

  return (
    <StrictMode>
      <ViewContext.Provider value={view}>
        <StoryProvider index={index} store={store}>
          <div ref={rootRef} className={embed ? "embed-root" : undefined}>
            {embed ? <EmbedPage /> : <StoryPage />}
          </div>
        </StoryProvider>
      </ViewContext.Provider>
    </StrictMode>
  );
}
