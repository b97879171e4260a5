import { useEffect } from "react";
import type { Language } from "@/story/model/vocabulary.ts";
import type { StoryStore } from "./story-store.ts";
import {
  parseUrlState,
  pickUrlState,
  sameUrlState,
  serializeUrlState,
  type KnownIds,
} from "./url-state.ts";

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
    // The address bar is written just after the next paint, not inside the click: changing
    // the document's URL makes the browser re-resolve every link on the page, which in a long
    // story would delay the very thing the reader asked for.
    let pending: { push: boolean; timer: number } | null = null;
    const write = () => {
      if (!pending) return;
      const { push, timer } = pending;
      pending = null;
      cancelAnimationFrame(timer);
      const next = pickUrlState(store.getState());
      // Already what the address bar says (Back/Forward, or a link's own URL): nothing to add.
      if (sameUrlState(parseUrlState(window.location.search, ids, defaultLanguage), next)) return;
      const search = serializeUrlState(next, defaultLanguage, window.location.search);
      const url = `${window.location.pathname}${search}`;
      if (push && mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      const next = pickUrlState(state);
      if (sameUrlState(next, pickUrlState(previous))) return;
      // A change of language is not a step a reader wants to go Back through.
      const push = !sameUrlState({ ...next, lang: previous.lang }, pickUrlState(previous));
      // Each step the reader takes stays its own history entry.
      if (pending && push && pending.push) write();
      if (pending) pending.push ||= push;
      else
        pending = {
          push,
          timer: requestAnimationFrame(() => setTimeout(write, 0)),
        };
    });
    const onPopState = () => {
      // The browser has moved through history: what was about to be written is stale.
      if (pending) cancelAnimationFrame(pending.timer);
      pending = null;
      store.getState().applyUrlState(parseUrlState(window.location.search, ids, defaultLanguage));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      write();
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [store, ids, defaultLanguage, mode]);
}
