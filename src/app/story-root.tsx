import {
  lazy,
  StrictMode,
  Suspense,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from "react";
import { useStore } from "zustand";
import { useEmbedBridge } from "@/features/embed/use-embed-bridge.ts";
import type { StoryView } from "@/lib/routes.ts";
import { loadAllLanguages, onAllLanguages } from "@/state/all-languages.ts";
import { getKnownIds } from "@/state/initial-state.ts";
import { StoryProvider } from "@/state/story-context.tsx";
import { createStoryStore } from "@/state/story-store.ts";
import {
  DEFAULT_EMBED_OPTIONS,
  parseEmbedOptions,
  pickUrlState,
  sameUrlState,
  type UrlState,
} from "@/state/url-state.ts";
import { useUrlSync } from "@/state/use-url-sync.ts";
import { EventPageContext, ListPageContext, ViewContext } from "@/state/view-context.ts";
import { readLastVisit, writeLastVisit } from "@/state/visit-memory.ts";
import { latestEvent } from "@/story/model/event-order.ts";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { languagesIn } from "@/story/model/story-in-language.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { markHydrated } from "@/ui/hydration.ts";
import { afterRegionsHydrate } from "@/ui/hydrate-later.tsx";
import { useWhenIdle } from "@/ui/use-when-idle.ts";
import { EmbedPage } from "./embed-page.tsx";
import { LanguageUnavailable } from "./language-unavailable.tsx";
import { StoryPage } from "./story-page.tsx";

// A chunk that fails to load (a deploy removed it) only means no live updates on this page.
const LiveUpdates = lazy(() => import("./live-updates.tsx").catch(() => ({ default: () => null })));

interface StoryRootProps {
  /**
   * The story as the page embedded it: in every language, or in its own (storyInLanguage). A
   * new story given here is shown in place, keeping what the reader has open (the studio's
   * preview).
   */
  story: Story;
  /** The state the server rendered with; hydration must start from exactly this. */
  initialState: UrlState;
  /** What the address bar asks for, applied right after hydration. */
  urlState?: UrlState | undefined;
  /** Off on the server and in tests that do not want the address bar touched. */
  syncUrl?: boolean;
  view?: StoryView;
  /** Told what the reader has open after every change (the studio's preview keeps it). */
  onUrlState?: (state: UrlState) => void;
  /** The story's version (its content hash): with it, an open page learns of updates. */
  version?: string | undefined;
  /** The page of a long story's list this page shows (`/<slug>/events/2016-03/`), if any. */
  listPage?: string | null | undefined;
  /** Whether this is an event's own page, whose first response leaves the list out. */
  eventPage?: boolean;
}

/** Builds one story's index and store and renders its page or embed. Safe on the server. */
export function StoryRoot({
  story: given,
  initialState,
  urlState,
  syncUrl = true,
  view = "page",
  onUrlState,
  version,
  listPage = null,
  eventPage = false,
}: StoryRootProps) {
  // The story in every language, once loaded; until then (and wherever the page carries every
  // language, as the studio's preview does) the story given, which may change in place.
  const [allLanguages, setAllLanguages] = useState<Story | null>(null);
  const story = allLanguages ?? given;
  const index = useMemo(() => buildStoryIndex(story), [story]);
  const languages = useMemo(() => languagesIn(story), [story]);
  const [store] = useState(() => createStoryStore(initialState, index));
  const [ids] = useState(() => getKnownIds(story));
  const rootRef = useRef<HTMLDivElement>(null);
  const defaultLanguage = story.languages[0] ?? "nb";
  const embed = view === "embed";
  // An embed's own options, read from its address once, for the effects below (EmbedPage reads
  // them for rendering after hydration, since the server renders the defaults).
  const [embedOptions] = useState(() =>
    embed && typeof window !== "undefined"
      ? parseEmbedOptions(window.location.search)
      : DEFAULT_EMBED_OPTIONS,
  );

  // What changes the page from how the server drew it waits until the regions below the fold
  // have hydrated as drawn (see hydrate-later.tsx). Declared before useUrlSync; applying the
  // URL's own state adds no history entry either way.
  useEffect(() => afterRegionsHydrate(markHydrated), []);
  useEffect(() => store.getState().setIndex(index), [store, index]);

  // A developing story marks what is new since the reader was last here (when storage allows).
  useEffect(
    () =>
      afterRegionsHydrate(() => {
        store.getState().setLastVisit(readLastVisit(story.slug));
        writeLastVisit(story.slug, Date.now());
      }),
    [store, story.slug],
  );

  // An effect event: it reads the index, which changes when another language's text arrives,
  // and that must not apply the first URL again over what the reader has done since.
  const applyUrlState = useEffectEvent((asked: UrlState) => {
    let next = asked;
    const start = embedOptions.start;
    if (!next.event && start) {
      const first = start === "first" ? index.datedEvents[0] : latestEvent(index, next.threads);
      next = { ...next, event: first?.id ?? null };
    }
    store.getState().applyUrlState(next);
  });
  useEffect(() => {
    if (urlState) return afterRegionsHydrate(() => applyUrlState(urlState));
  }, [urlState]);

  // A page embeds its story in its own language; another one loads when the reader asks.
  const lang = useStore(store, (s) => s.lang);
  // Loaded by whoever asks first: this root, the language switch, the embed builder, or the
  // start-up code for a link to another language.
  useEffect(() => onAllLanguages(given.slug, setAllLanguages), [given.slug]);
  // When it cannot be loaded, the page says so and goes back to the language it has: the
  // switch must never claim one language while the page shows another.
  const [unavailable, setUnavailable] = useState<Language | null>(null);
  useEffect(() => {
    if (languages.includes(lang)) return;
    let current = true;
    void loadAllLanguages(story.slug).then((loaded) => {
      if (loaded || !current) return;
      setUnavailable(lang);
      store.getState().setLanguage(languages[0] ?? defaultLanguage);
    });
    return () => {
      current = false;
    };
  }, [lang, languages, story.slug, store, defaultLanguage]);

  // A developing story: a newer version replaces this one in place when the reader asks.
  const liveReady = useWhenIdle(version !== undefined);

  const reportUrlState = useEffectEvent((state: UrlState) => onUrlState?.(state));
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const next = pickUrlState(state);
        if (!sameUrlState(next, pickUrlState(previous))) reportUrlState(next);
      }),
    [store],
  );

  // Inside an article, the embed must not fill the host page's Back button with its steps.
  useUrlSync(syncUrl ? store : null, ids, defaultLanguage, embed ? "replace" : "push");
  useEmbedBridge(embed, rootRef, store, story.slug, ids, embedOptions.childId);
  // A tap on an event before the app had started (the start-up script kept it): act on it now,
  // after useUrlSync listens, so that it becomes a step in the history like any other tap.
  useEffect(
    () =>
      afterRegionsHydrate(() => {
        const root = rootRef.current?.closest<HTMLElement>("#root");
        const pending = root?.dataset["pendingEvent"];
        if (!root || !pending) return;
        delete root.dataset["pendingEvent"];
        if (ids.events.has(pending)) store.getState().selectEvent(pending);
      }),
    [ids, store],
  );

  // The same element while nothing it depends on changes: the live notice arriving, or a
  // language the page lacks, re-renders this root, and must not render the whole page again
  // (130 components of the bundled story, in one task, just after it starts).
  const page = useMemo(
    () =>
      embed ? (
        <EmbedPage />
      ) : (
        <ListPageContext.Provider value={listPage}>
          <EventPageContext.Provider value={eventPage}>
            <StoryPage />
          </EventPageContext.Provider>
        </ListPageContext.Provider>
      ),
    [embed, listPage, eventPage],
  );

  return (
    <StrictMode>
      <ViewContext.Provider value={view}>
        <StoryProvider index={index} store={store} languages={languages}>
          <div ref={rootRef} className={embed ? "embed-root" : undefined}>
            {version && liveReady && (
              <Suspense fallback={null}>
                <LiveUpdates
                  story={story}
                  version={version}
                  store={store}
                  replace={setAllLanguages}
                />
              </Suspense>
            )}
            {unavailable && (
              <LanguageUnavailable lang={unavailable} onDismiss={() => setUnavailable(null)} />
            )}
            {page}
          </div>
        </StoryProvider>
      </ViewContext.Provider>
    </StrictMode>
  );
}
