import { createStore, type StoreApi } from "zustand/vanilla";
import type { Language } from "../story/schema-parts.ts";
import type { UrlState } from "./url-state.ts";

export interface StoryState extends UrlState {
  setLanguage: (lang: Language) => void;
  selectEvent: (id: string | null) => void;
  /** Opens one panel (closing any other); null closes it. */
  openExplainer: (id: string | null) => void;
  openViewpoint: (id: string | null) => void;
  openCompare: (open: boolean) => void;
  closePanel: () => void;
  toggleThread: (id: string) => void;
  setNewestFirst: (newestFirst: boolean) => void;
  /** The reader's previous visit (UTC ms), once read from storage; null when unknown. */
  lastVisit: number | null;
  setLastVisit: (time: number | null) => void;
  clearThreads: () => void;
  /** Replaces everything the URL describes at once (on load and on Back/Forward). */
  applyUrlState: (state: UrlState) => void;
}

export type StoryStore = StoreApi<StoryState>;

const NO_PANEL = { explainer: null, viewpoint: null, compare: false } as const;

/**
 * One store per rendered story, not a module singleton: an article may embed two timelines,
 * and the server renders many stories in one process.
 */
export function createStoryStore(initial: UrlState): StoryStore {
  return createStore<StoryState>()((set) => ({
    ...initial,
    setLanguage: (lang) => set({ lang }),
    selectEvent: (event) => set({ event }),
    openExplainer: (explainer) => set({ ...NO_PANEL, explainer }),
    openViewpoint: (viewpoint) => set({ ...NO_PANEL, viewpoint }),
    openCompare: (compare) => set({ ...NO_PANEL, compare }),
    closePanel: () => set(NO_PANEL),
    toggleThread: (id) =>
      set((state) => ({
        threads: state.threads.includes(id)
          ? state.threads.filter((t) => t !== id)
          : [...state.threads, id],
      })),
    clearThreads: () => set({ threads: [] }),
    setNewestFirst: (newestFirst) => set({ newestFirst }),
    lastVisit: null,
    setLastVisit: (lastVisit) => set({ lastVisit }),
    applyUrlState: (state) => set(state),
  }));
}

export function pickUrlState(state: StoryState): UrlState {
  return {
    lang: state.lang,
    event: state.event,
    explainer: state.explainer,
    viewpoint: state.viewpoint,
    compare: state.compare,
    threads: state.threads,
    newestFirst: state.newestFirst,
  };
}
