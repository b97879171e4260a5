import { useEffect } from "react";
import type { Language } from "@/story/model/vocabulary.ts";
import { analyzeStory } from "@/features/studio/model/analyze.ts";
import type { StudioStore } from "./studio-store.ts";

/** How long typing must pause before the story is checked again (and the preview redrawn). */
export const ANALYSIS_DELAY_MS = 80;

/**
 * Checks the text after each pause in typing, as `npm run validate` would, plus the editorial
 * checklist. A 20-event story takes a few milliseconds, so this runs on the page; the pause
 * keeps a fast typist's keystrokes from each paying for it.
 */
export function useAnalysis(store: StudioStore, lang: Language) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
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
      if (!changed) return;
      clearTimeout(timer);
      timer = setTimeout(run, ANALYSIS_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, lang]);
}
