import { test as base, type Page } from "@playwright/test";

/**
 * Playwright's `test`, whose page waits for a story to start after each navigation. The app
 * starts just after the story's first paint (scripts/build.ts), so the load event that `goto`
 * waits for can come before the buttons work; a reader's tap that early does nothing either,
 * but a test would fail on it at random. Pages that are not stories (the host articles) do not
 * wait.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    for (const method of ["goto", "reload", "goBack", "goForward"] as const) {
      const navigate = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
      (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        const response = await navigate(...args);
        await waitForStoryStart(page);
        return response;
      };
    }
    await provide(page);
  },
});

export { expect } from "@playwright/test";
export type { Locator, Page } from "@playwright/test";

/** Waits until a story page has hydrated or shown why it cannot start. */
export async function waitForStoryStart(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.getElementById("root") || document.documentElement.hasAttribute("data-ready"),
  );
}
