import { useEffect } from "react";
import type { Language } from "@/story/model/vocabulary.ts";
import { analyzeStory } from "@/features/studio/model/analyze.ts";
import type { StudioStore } from "./studio-store.ts";

/**
 * At most one check per this long while the journalist types on: the text of a 20-event story
 * takes tens of milliseconds to check, which a keystroke every 100 ms must not pay each time.
 */
export const ANALYSIS_INTERVAL_MS = 120;

/**
 * Checks the text as `npm run validate` would, plus the editorial checklist, and so feeds the
 * forms, the problems and the preview. A change after a pause is checked at once (the preview
 * follows a single keystroke as fast as it can); changes in a burst are checked at most every
 * ANALYSIS_INTERVAL_MS, and always once more after the last one.
 */
export function useAnalysis(store: StudioStore, lang: Language) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const run = () => {
      timer = undefined;
      last = performance.now();
      const { text, slug } = store.getState();
      store.getState().setAnalysis(analyzeStory(text, slug, lang));
    };
    run();
    const unsubscribe = store.subscribe((state, previous) => {
      // Opening a story (even one with the same text) starts its analysis afresh.
      const changed =
        state.text !== previous.text ||
        state.slug !== previous.slug ||
        state.opened !== previous.opened;
      if (!changed || timer) return;
      const wait = Math.max(0, last + ANALYSIS_INTERVAL_MS - performance.now());
      // A task, not now: the keystroke's own work (the editor, the input) paints first.
      timer = setTimeout(run, wait);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, lang]);
}
