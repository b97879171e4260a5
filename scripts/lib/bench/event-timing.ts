import type { Page } from "@playwright/test";

/**
 * Records every interaction's longest event duration by interaction id, the way INP counts
 * them: from the input to the next paint after it. A string, not a function: tsx would wrap
 * named functions in a helper the page lacks.
 */
export const INTERACTIONS_OBSERVER = `(() => {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId) ?? 0;
      window.__interactions.set(entry.interactionId, Math.max(known, entry.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
})()`;

/**
 * The longest interaction since the last `window.__interactions.clear()`. Chrome reports an
 * interaction only when it takes 16 ms or more, so one it does not report counts as 16 ms.
 */
export async function longestInteraction(page: Page): Promise<number> {
  const longest = (await page.evaluate("Math.max(0, ...window.__interactions.values())")) as number;
  return Math.max(16, longest);
}
