import { StrictMode, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { parseEmbedOptions } from "../embed/embed-options.ts";
import { useEmbedBridge } from "../embed/use-embed-bridge.ts";
import { loadAllLanguages, onAllLanguages } from "../state/all-languages.ts";
import { getKnownIds } from "../state/initial-state.ts";
import { StoryProvider } from "../state/story-context.tsx";
import { createStoryStore } from "../state/story-store.ts";
import { useUrlSync } from "../state/use-url-sync.ts";
import { readLastVisit, writeLastVisit } from "../state/visit-memory.ts";
import type { UrlState } from "../state/url-state.ts";
import { latestEvent } from "../story/event-order.ts";
import type { Story } from "../story/story.ts";
import { languagesIn } from "../story/story-in-language.ts";
import { buildStoryIndex } from "../story/story-index.ts";
import { EmbedPage } from "./embed-page.tsx";
import type { StoryView } from "./routes.ts";
import { StoryPage } from "./story-page.tsx";
import { ViewContext } from "./view-context.ts";
import { markHydrated } from "../ui/hydration.ts";

interface StoryRootProps {
  /** The story as the page embedded it: in every language, or in its own (storyInLanguage). */
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
  story: initialStory,
  initialState,
  urlState,
  syncUrl = true,
  view = "page",
}: StoryRootProps) {
  const [story, setStory] = useState(initialStory);
  const index = useMemo(() => buildStoryIndex(story), [story]);
  const languages = useMemo(() => languagesIn(story), [story]);
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

  // An effect event: it reads the index, which changes when another language's text arrives,
  // and that must not apply the first URL again over what the reader has done since.
  const applyUrlState = useEffectEvent((asked: UrlState) => {
    let next = asked;
    const start = embed ? parseEmbedOptions(window.location.search).start : null;
    if (!next.event && start) {
      const first = start === "first" ? index.datedEvents[0] : latestEvent(index, next.threads);
      next = { ...next, event: first?.id ?? null };
    }
    store.getState().applyUrlState(next);
  });
  useEffect(() => {
    if (urlState) applyUrlState(urlState);
  }, [urlState]);

  // A page embeds its story in its own language; another one loads when the reader asks.
  const lang = useStore(store, (s) => s.lang);
  // Loaded by whoever asks first: this root, the language switch, the embed builder, or the
  // start-up code for a link to another language.
  useEffect(() => onAllLanguages(setStory), []);
  useEffect(() => {
    if (!languages.includes(lang)) void loadAllLanguages();
  }, [lang, languages]);

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
        <StoryProvider index={index} store={store} languages={languages}>
          <div ref={rootRef} className={embed ? "embed-root" : undefined}>
            {embed ? <EmbedPage /> : <StoryPage />}
          </div>
        </StoryProvider>
      </ViewContext.Provider>
    </StrictMode>
  );
}
