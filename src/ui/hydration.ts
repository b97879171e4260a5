/**
 * Whether the page has finished hydrating. Things that animate in (new rows after a filter)
 * must not animate on the first paint, or the browser counts the page as painted only when
 * the animation ends (a later Largest Contentful Paint for nothing).
 */
let hydrated = false;

export function isHydrated(): boolean {
  return hydrated;
}

/**
 * Also marks the document (`<html data-ready>`): the app starts just after the first paint,
 * so the load event can come before the buttons work, and browser tests wait for this.
 */
export function markHydrated(): void {
  hydrated = true;
  if (typeof document !== "undefined") document.documentElement.dataset["ready"] = "";
}
