import { createStore, type StoreApi } from "zustand/vanilla";
import { oncePerObject } from "@/lib/once-per-object.ts";
import { getReadingOrder, latestEvent, stepEvent } from "@/story/model/event-order.ts";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { pickUrlState, sameUrlState, type UrlState } from "./url-state.ts";

export interface StoryState extends UrlState {
  /**
   * The ids of the events a reader steps through (after thread filters): dated in time order,
   * then undated. Ids, not events: the events' text changes with the language loaded, and
   * components read it from the story index they render with.
   */
  order: readonly string[];
  /** Each event's place in `order`, by id. */
  positions: ReadonlyMap<string, number>;
  /** An event button that should take keyboard focus once it is rendered (keyboard steps). */
  focusRequest: string | null;
  /** The reader's previous visit (UTC ms), once read from storage; null when unknown. */
  lastVisit: number | null;
  /** Events that arrived while the page was open (a live update): marked as new. */
  arrived: ReadonlySet<string>;

  setLanguage: (lang: Language) => void;
  /** Selects an event; `focus` also moves keyboard focus to it (keyboard navigation). */
  selectEvent: (id: string | null, focus?: boolean) => void;
  /** Steps `delta` events along `order` from the selected one, moving focus along. */
  step: (delta: number) => void;
  first: () => void;
  last: () => void;
  /** The latest dated event: where a developing story's reader wants to start. */
  latest: () => void;
  clearFocusRequest: () => void;
  /** Opens one panel (closing any other); null closes it. */
  openExplainer: (id: string | null) => void;
  openViewpoint: (id: string | null) => void;
  openCompare: (open: boolean) => void;
  closePanel: () => void;
  toggleThread: (id: string) => void;
  clearThreads: () => void;
  setNewestFirst: (newestFirst: boolean) => void;
  setLastVisit: (time: number | null) => void;
  setArrived: (ids: ReadonlySet<string>) => void;
  /** Replaces everything the URL describes at once (on load and on Back/Forward). */
  applyUrlState: (state: UrlState) => void;
  /** The story's text changed language or content: the same ids, new lookups. */
  setIndex: (index: StoryIndex) => void;
}

export type StoryStore = StoreApi<StoryState>;

const NO_PANEL = { explainer: null, viewpoint: null, compare: false } as const;

type Order = Pick<StoryState, "order" | "positions">;

function readingOrder(index: StoryIndex, threads: readonly string[]): Order {
  const order = getReadingOrder(index, threads).map((event) => event.id);
  return { order, positions: new Map(order.map((id, i) => [id, i])) };
}

// The unfiltered order, once per index: the build renders a long story's page for every page
// of its list, each with a store of its own.
const unfilteredOrder = oncePerObject((index: StoryIndex) => readingOrder(index, []));

const orderFor = (index: StoryIndex, threads: readonly string[]): Order =>
  threads.length === 0 ? unfilteredOrder(index) : readingOrder(index, threads);

/**
 * One store per rendered story, not a module singleton: an article may embed two timelines,
 * and the server renders many stories in one process. It holds what the URL describes and
 * the reading order derived from it, so stepping through events is one action, not an object
 * rebuilt and passed down on every render.
 */
/** The open event's id: one selector for the hooks that need it stable (useStoryStateAfterPaint). */
export const openEvent = (state: StoryState) => state.event;

export function createStoryStore(initial: UrlState, initialIndex: StoryIndex): StoryStore {
  let index = initialIndex;
  return createStore<StoryState>()((set, get) => {
    const select = (id: string | null, focus = false) =>
      set({ event: id, ...(focus && id ? { focusRequest: id } : {}) });
    return {
      ...initial,
      ...orderFor(index, initial.threads),
      focusRequest: null,
      lastVisit: null,
      arrived: new Set<string>(),
      setLanguage: (lang) => set({ lang }),
      selectEvent: select,
      step: (delta) => {
        const id = stepEvent(get().order, get().event, delta);
        if (id) select(id, true);
      },
      first: () => select(get().order[0] ?? null, true),
      last: () => select(get().order.at(-1) ?? null, true),
      latest: () => select(latestEvent(index, get().threads)?.id ?? null, true),
      clearFocusRequest: () => set({ focusRequest: null }),
      openExplainer: (explainer) => set({ ...NO_PANEL, explainer }),
      openViewpoint: (viewpoint) => set({ ...NO_PANEL, viewpoint }),
      openCompare: (compare) => set({ ...NO_PANEL, compare }),
      closePanel: () => set(NO_PANEL),
      toggleThread: (id) => {
        const current = get().threads;
        const threads = current.includes(id) ? current.filter((t) => t !== id) : [...current, id];
        set({ threads, ...orderFor(index, threads) });
      },
      clearThreads: () => set({ threads: [], ...orderFor(index, []) }),
      setNewestFirst: (newestFirst) => set({ newestFirst }),
      setLastVisit: (lastVisit) => set({ lastVisit }),
      setArrived: (arrived) => set({ arrived }),
      applyUrlState: (state) => {
        // Applied just after the page starts, usually asking for what it already shows: then
        // nothing changes, and nothing that reads the store is drawn again for it.
        const current = get();
        if (sameUrlState(pickUrlState(current), state)) return;
        const threadsChanged = state.threads.join(",") !== current.threads.join(",");
        set({
          ...state,
          ...(threadsChanged ? orderFor(index, state.threads) : { threads: current.threads }),
        });
      },
      setIndex: (next) => {
        if (next === index) return;
        index = next;
        set(orderFor(index, get().threads));
      },
    };
  });
}
