import { StrictMode, useEffect, useState } from "react";
import { StoryProvider } from "../state/story-context.tsx";
import { createStoryStore } from "../state/story-store.ts";
import { useUrlSync } from "../state/use-url-sync.ts";
import type { UrlState } from "../state/url-state.ts";
import type { Story } from "../story/story.ts";
import { buildStoryIndex } from "../story/story-index.ts";
import { StoryPage } from "./story-page.tsx";

interface StoryRootProps {
  story: Story;
  /** The state the server rendered with; hydration must start from exactly this. */
  initialState: UrlState;
  /** What the address bar asks for, applied right after hydration. */
  urlState?: UrlState;
  /** Off on the server and in tests that do not want the address bar touched. */
  syncUrl?: boolean;
}

/** Builds one story's index and store and renders its page. Safe to render on the server. */
export function StoryRoot({ story, initialState, urlState, syncUrl = true }: StoryRootProps) {
  const [index] = useState(() => buildStoryIndex(story));
  const [store] = useState(() => createStoryStore(initialState));
  const defaultLanguage = story.languages[0] ?? "nb";

  // Declared before useUrlSync so it runs first: applying the URL's own state must not push
  // a new history entry.
  useEffect(() => {
    if (urlState) store.getState().applyUrlState(urlState);
  }, [store, urlState]);

  useUrlSync(syncUrl ? store : null, index, defaultLanguage);

  return (
    <StrictMode>
      <StoryProvider index={index} store={store}>
        <StoryPage />
      </StoryProvider>
    </StrictMode>
  );
}
