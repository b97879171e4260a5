import type { UrlState } from "./url-state.ts";

/**
 * How a change of what the reader has open enters the browser's history. Back should undo
 * steps a reader thinks of as steps: opening a panel, filtering, reordering. Moving from event
 * to event is browsing within one view: it replaces the entry (twelve arrow presses must not
 * need thirteen Backs), as does a change of language. Closing a panel that this page opened
 * goes back to the entry before it, so Escape adds nothing to Back either.
 */
export type HistoryStep = "push" | "replace" | "back";

const panelOf = (state: UrlState) =>
  state.compare ? "compare" : (state.explainer ?? state.viewpoint ?? null);

export function historyStep(
  previous: UrlState,
  next: UrlState,
  panelWasPushed: boolean,
): HistoryStep {
  const before = panelOf(previous);
  const after = panelOf(next);
  if (after !== null && after !== before) return "push";
  if (after === null && before !== null) return panelWasPushed ? "back" : "replace";
  const filtered =
    previous.threads.join(",") !== next.threads.join(",") ||
    previous.newestFirst !== next.newestFirst;
  return filtered ? "push" : "replace";
}
