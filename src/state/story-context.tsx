import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useMemo,
  useSyncExternalStore,
  type Context,
  type ReactNode,
} from "react";
import { useStore } from "zustand";
import { getMessages, type Messages } from "@/i18n/messages.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import { keyedSelection } from "./keyed-selection.ts";
import type { StoryState, StoryStore } from "./story-store.ts";

interface StoryContextValue {
  index: StoryIndex;
  store: StoryStore;
}

/**
 * What almost every component reads but that rarely changes. It reaches them through context
 * from one store subscription, rather than through one subscription each: a story of
 * thousands of events would otherwise run tens of thousands of selectors on every click.
 *
 * The language and the reader's visit are two contexts: the visit changes just after the page
 * starts (a returning reader's last visit, read from storage), and as one context with the
 * language it re-rendered everything that reads the language, the page's own frame included.
 * Re-rendered before the sections below the timeline had hydrated, the frame handed them new
 * elements, and React hydrated them at once, in one long task (30 ms on a desktop here).
 */
interface VisitValue {
  lastVisit: number | null;
  arrived: ReadonlySet<string>;
}

const StoryContext = createContext<StoryContextValue | null>(null);
const LanguageContext = createContext<Language | null>(null);
const VisitContext = createContext<VisitValue | null>(null);

interface StoryProviderProps extends StoryContextValue {
  /**
   * The languages the story's data holds text in (all, unless the page embedded only its own).
   * Until the reader's language is among them, the page stays in the one it has: a page half
   * in one language and half in another would be worse than a moment's wait.
   */
  languages?: readonly Language[];
  children: ReactNode;
}

export function StoryProvider({ index, store, languages, children }: StoryProviderProps) {
  const value = useMemo(() => ({ index, store }), [index, store]);
  const chosen = useStore(store, (s) => s.lang);
  const lang = !languages || languages.includes(chosen) ? chosen : (languages[0] ?? chosen);
  const lastVisit = useStore(store, (s) => s.lastVisit);
  const arrived = useStore(store, (s) => s.arrived);
  const visit = useMemo(() => ({ lastVisit, arrived }), [lastVisit, arrived]);
  return (
    <StoryContext.Provider value={value}>
      <LanguageContext.Provider value={lang}>
        <VisitContext.Provider value={visit}>{children}</VisitContext.Provider>
      </LanguageContext.Provider>
    </StoryContext.Provider>
  );
}

/**
 * For the long sections below the first screen (the list, the explainers, the experts): a
 * change of language or of the story's data reaches them a moment later, in a transition that
 * yields to the browser, so the header and the timeline change at once. At 5,000 events the
 * list took 0.8 s to render again on a desktop, and the switch waited for it.
 */
export function DeferredStory({ children }: { children: ReactNode }) {
  const story = useDeferredValue(useStoryContext());
  const lang = useDeferredValue(useContextOf(LanguageContext));
  const visit = useDeferredValue(useContextOf(VisitContext));
  return (
    <StoryContext.Provider value={story}>
      <LanguageContext.Provider value={lang}>
        <VisitContext.Provider value={visit}>{children}</VisitContext.Provider>
      </LanguageContext.Provider>
    </StoryContext.Provider>
  );
}

function useContextOf<T>(context: Context<T | null>): T {
  const value = useContext(context);
  if (value === null) throw new Error("Story components must be rendered inside <StoryProvider>.");
  return value;
}

function useStoryContext(): StoryContextValue {
  return useContextOf(StoryContext);
}

export function useStoryIndex(): StoryIndex {
  return useStoryContext().index;
}

export function useStoryStore(): StoryStore {
  return useStoryContext().store;
}

/** Reads one value from this story's store: `useStoryState((s) => s.event)`. */
export function useStoryState<T>(selector: (state: StoryState) => T): T {
  return useStore(useStoryContext().store, selector);
}

/** The reader's language. */
export function useLang(): Language {
  return useContextOf(LanguageContext);
}

/** The reader's previous visit (UTC ms), or null while unknown. */
export function useLastVisit(): number | null {
  return useContextOf(VisitContext).lastVisit;
}

/** Whether an event arrived while the page was open (a live update). */
export function useHasArrived(id: string): boolean {
  return useContextOf(VisitContext).arrived.has(id);
}

/** The UI strings in the reader's current language. */
export function useMessages(): Messages {
  return getMessages(useLang());
}

const selectedEvent = (state: StoryState) => state.event;

/**
 * Whether this event is the selected one. Only the two events whose answer changes are told
 * about a new selection, however many events listen.
 */
export function useIsSelectedEvent(id: string): boolean {
  const store = useStoryContext().store;
  const subscribe = useCallback(
    (notify: () => void) => keyedSelection(store, selectedEvent).subscribe(id, notify),
    [store, id],
  );
  return useSyncExternalStore(
    subscribe,
    () => store.getState().event === id,
    () => store.getInitialState().event === id,
  );
}

/**
 * The events a reader steps through (after thread filters), in reading order, with their text
 * from the index this component renders with.
 */
export function useReadingOrder(): StoryEvent[] {
  const index = useStoryIndex();
  const order = useStoryState((s) => s.order);
  return useMemo(() => order.flatMap((id) => index.events.get(id) ?? []), [order, index]);
}
