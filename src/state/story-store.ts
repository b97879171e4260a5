import { createStore, type StoreApi } from "zustand/vanilla";
import type { UrlState } from "./url-state.ts";
import type { Language } from "../story/schema-parts.ts";

export interface StoryState extends UrlState {
  setLanguage: (lang: Language) => void;
  selectEvent: (id: string | null) => void;
  openExplainer: (id: string | null) => void;
  openViewpoint: (id: string | null) => void;
  /** Replaces everything the URL describes at once (on load and on Back/Forward). */
  applyUrlState: (state: UrlState) => void;
}

export type StoryStore = StoreApi<StoryState>;

/**
 * One store per rendered story, not a module singleton: an article may embed two timelines,
 * and the server renders many stories in one process.
 */
export function createStoryStore(initial: UrlState): StoryStore {
  return createStore<StoryState>()((set) => ({
    ...initial,
    setLanguage: (lang) => set({ lang }),
    selectEvent: (event) => set({ event }),
    openExplainer: (explainer) => set({ explainer, viewpoint: null }),
    openViewpoint: (viewpoint) => set({ viewpoint, explainer: null }),
    applyUrlState: (state) => set(state),
  }));
}

export function pickUrlState(state: StoryState): UrlState {
  return {
    lang: state.lang,
    event: state.event,
    explainer: state.explainer,
    viewpoint: state.viewpoint,
  };
}
