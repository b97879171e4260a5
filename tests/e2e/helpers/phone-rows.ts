import type { Page } from "@playwright/test";
import { expect } from "./story-test.ts";

/** The first row of the phone timeline whose top is on screen: its event and its place. */
export async function firstRowInView(page: Page): Promise<{ id: string; pageTop: number }> {
  return page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>(".vtl [data-event-id]")) {
      const top = row.getBoundingClientRect().top;
      if (top >= 0 && top < window.innerHeight) {
        return { id: row.dataset["eventId"]!, pageTop: top + window.scrollY };
      }
    }
    throw new Error("No row of the timeline is on screen");
  });
}

/** Where the row of event `id` is on the page (not on screen): it moves only if the page does. */
export async function pageTopOf(page: Page, id: string): Promise<number> {
  return page
    .locator(`.vtl [data-event-id="${id}"]`)
    .evaluate((row) => row.getBoundingClientRect().top + window.scrollY);
}

/** Waits until the page has stopped scrolling. */
export async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const [was, now] = [last, await page.evaluate(() => window.scrollY)];
      last = now;
      return now === was;
    })
    .toBe(true);
}
