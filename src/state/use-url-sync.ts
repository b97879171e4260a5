import { useEffect } from "react";
import { afterNextPaint } from "@/lib/after-next-paint.ts";
import { eventOfPath, languageOfPath, pathInLanguage } from "@/lib/routes.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";
import { historyStep, type HistoryStep } from "./history-step.ts";
import type { StoryStore } from "./story-store.ts";
import {
  parseUrlState,
  pickUrlState,
  sameUrlState,
  serializeUrlState,
  type KnownIds,
  type UrlState,
} from "./url-state.ts";

/** What this page put in the history entry it pushed for a panel (see historyStep). */
const PANEL_ENTRY = "news-timeline:panel";

/**
 * What the address bar says: the path's language (or ?lang=, on old links), the event whose
 * own page it is (`/<slug>/<event-id>/`), and the query.
 */
export function readAddress(ids: KnownIds, original: Language): UrlState {
  const { pathname, search } = window.location;
  const inPath = languageOfPath(pathname);
  const pathLanguage = (LANGUAGES as readonly string[]).includes(inPath ?? "")
    ? (inPath as Language)
    : original;
  const state = parseUrlState(search, ids, pathLanguage);
  const pageOf = eventOfPath(pathname);
  const ownEvent = pageOf !== null && ids.events.has(pageOf) ? pageOf : null;
  return state.event === null && ownEvent ? { ...state, event: ownEvent } : state;
}

/**
 * The address of what the reader has open: the path in its language (an event's own page while
 * that event is open), then the query, keeping parameters that are not ours.
 */
function addressOf(next: UrlState, original: Language): string {
  const path = pathInLanguage(window.location.pathname, next.lang, original, undefined, next.event);
  const named = eventOfPath(path) === next.event;
  const state = named ? { ...next, event: null } : next;
  return `${path}${serializeUrlState(state, original, window.location.search)}`;
}

/** The same state in the page's own form of address (`?lang=en` → `/en/`), adding no entry. */
function settleAddress(next: UrlState, original: Language): void {
  const url = addressOf(next, original);
  if (url !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(window.history.state, "", url);
}

/**
 * Keeps the store and the address bar in step: each language is its own path, what the reader
 * opens is in the query, steps a reader thinks of as steps are history entries (historyStep),
 * and Back/Forward put the page back the way it was. `mode` "replace" never adds an entry (an
 * embed must not fill its host page's Back button).
 */
export function useUrlSync(
  store: StoryStore | null,
  ids: KnownIds,
  original: Language,
  mode: "push" | "replace" = "push",
) {
  useEffect(() => {
    if (!store) return;
    // The address bar is written just after the next paint, not inside the click: changing
    // the document's URL makes the browser re-resolve every link on the page, which in a long
    // story would delay the very thing the reader asked for.
    let pending: { step: HistoryStep; cancel: () => void } | null = null;
    const write = () => {
      if (!pending) return;
      const { step, cancel } = pending;
      pending = null;
      cancel();
      const next = pickUrlState(store.getState());
      // Already what the address bar says (Back/Forward, or a link's own URL): nothing to add.
      if (sameUrlState(readAddress(ids, original), next)) return settleAddress(next, original);
      if (step === "back" && mode === "push") return window.history.back();
      const url = addressOf(next, original);
      if (step === "push" && mode === "push") window.history.pushState(PANEL_ENTRY, "", url);
      else window.history.replaceState(window.history.state, "", url);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      const next = pickUrlState(state);
      const before = pickUrlState(previous);
      if (sameUrlState(next, before)) return;
      const step = historyStep(before, next, window.history.state === PANEL_ENTRY);
      // Each step the reader takes stays its own history entry.
      if (pending && step !== "replace") write();
      if (pending) return;
      pending = { step, cancel: afterNextPaint(write) };
    });
    // The page's first state came from the address (StoryRoot applied it before this effect):
    // an old link's form (`?lang=en`) gives way to the page's own address, adding no entry.
    const settle = requestAnimationFrame(() => {
      const next = pickUrlState(store.getState());
      if (!pending && sameUrlState(readAddress(ids, original), next)) settleAddress(next, original);
    });
    const onPopState = () => {
      // The browser has moved through history: what was about to be written is stale.
      pending?.cancel();
      pending = null;
      store.getState().applyUrlState(readAddress(ids, original));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      cancelAnimationFrame(settle);
      write();
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [store, ids, original, mode]);
}
