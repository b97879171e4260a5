import { useEffect } from "react";
import type { Language } from "../story/schema-parts.ts";
import { pickUrlState, type StoryStore } from "./story-store.ts";
import { parseUrlState, sameUrlState, serializeUrlState, type KnownIds } from "./url-state.ts";

/**
 * Keeps the store and the address bar in step: what the reader opens becomes a history entry
 * (so Back undoes it), and Back/Forward put the page back the way it was.
 */
export function useUrlSync(
  store: StoryStore | null,
  ids: KnownIds,
  defaultLanguage: Language,
  mode: "push" | "replace" = "push",
) {
  useEffect(() => {
    if (!store) return;
    const unsubscribe = store.subscribe((state, previous) => {
      const next = pickUrlState(state);
      if (sameUrlState(next, pickUrlState(previous))) return;
      // Already what the address bar says (Back/Forward, or a link's own URL): nothing to add.
      if (sameUrlState(parseUrlState(window.location.search, ids, defaultLanguage), next)) return;
      const search = serializeUrlState(next, defaultLanguage, window.location.search);
      const url = `${window.location.pathname}${search}`;
      // A change of language is not a step a reader wants to go Back through.
      const onlyLanguage = sameUrlState({ ...next, lang: previous.lang }, pickUrlState(previous));
      if (onlyLanguage || mode === "replace") window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    });
    const onPopState = () => {
      store.getState().applyUrlState(parseUrlState(window.location.search, ids, defaultLanguage));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [store, ids, defaultLanguage, mode]);
}
