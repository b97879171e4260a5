import { chromium } from "@playwright/test";
import { BROWSER_ARGS } from "../../resolve-browser.ts";
import { INTERACTIONS_OBSERVER, longestInteraction } from "./event-timing.ts";
import { floorInteraction, recordFloorCard } from "./floor-interaction.ts";

/** How far down the story the second set of taps is: about 2,000 events on a phone. */
const DEEP_PX = 150_000;

export interface PhoneTaps {
  /** Taps among the first events, and their floor. */
  tapTimes: number[];
  floorTimes: number[];
  /** Taps after the reader has scrolled about 2,000 events down, and their floor. */
  deepTimes: number[];
  deepFloorTimes: number[];
  startMs: number;
}

/**
 * On a phone (390×844, touch, 4× CPU slowdown), on the story at `path`: how long a tap on an
 * event in the phone's timeline takes to paint its card unfolded below it (Event Timing, as
 * INP measures it), the same taps' floor (floor-interaction.ts), and how long the app took to
 * start (`html[data-ready]`). The taps are made among the first events, and again after
 * scrolling far down the story, where a reader has had every chunk on the way drawn.
 */
export async function measurePhoneTaps(
  base: string,
  path: string,
  chromePath: string,
  taps = 15,
): Promise<PhoneTaps> {
  const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
  // The host's compressed files warm, as a CDN serves them: the bench's server compresses a
  // file when it is first asked for (seconds for the long story's data), which counted in the
  // start whenever no earlier part of the bench had asked first. A context of its own: the
  // measured page has nothing in its browser's cache.
  const warming = await browser.newContext();
  const warmPage = await warming.newPage();
  await warmPage.goto(`${base}${path}`, { waitUntil: "networkidle", timeout: 120_000 });
  await warming.close();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // The page notes when it marks itself ready, on the clock that starts with the navigation.
  // Asking from outside instead (a locator) costs a walk of every element on each poll, which
  // at 80,000 elements and 4x slower took more of the main thread than the app did.
  await page.addInitScript(() => {
    // The document has no <html> yet when this runs: watch the whole document for it.
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.hasAttribute("data-ready")) return;
      (window as unknown as { __readyAt: number }).__readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
  await page.goto(`${base}${path}`, { waitUntil: "commit", timeout: 120_000 });
  await page.waitForFunction(() => "__readyAt" in window, null, {
    polling: 250,
    timeout: 120_000,
  });
  const startMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  await page.evaluate(INTERACTIONS_OBSERVER);

  // The rows in view: not those in the closed fold of the story's earlier years.
  const rows = ".vtl > .vtl__list > .vtl__item > .tl-event";
  // The events of the rows drawn, or of those whole on screen.
  const rowIds = (onScreen: boolean) =>
    page.evaluate(
      ([selector, onScreen]) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((row) => {
            const { top, bottom } = row.getBoundingClientRect();
            return !onScreen || (top >= 0 && bottom <= innerHeight);
          })
          .map((row) => row.dataset["eventId"]!),
      [rows, onScreen] as const,
    );
  const tapAll = async (pool: string[], floor: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < taps; i++) {
      const id = pool[(i * 37) % pool.length]!;
      const row = page.locator(`.vtl [data-event-id="${id}"]`);
      await row.scrollIntoViewIfNeeded();
      await page.evaluate("window.__interactions.clear()");
      await row.tap();
      // Waits, then checks once: polling would run in the frames being measured.
      await page.waitForTimeout(600);
      const opened = floor
        ? await row.evaluate((button) => button.nextElementSibling?.className ?? "")
        : await page.locator(".vtl .event-card").getAttribute("aria-labelledby");
      if (!opened?.includes(floor ? "event-card" : id))
        throw new Error(`Tapped ${id}, the card open is ${opened}`);
      times.push(await longestInteraction(page));
      if (!floor) await page.evaluate(recordFloorCard(id, "inline"));
    }
    return times;
  };
  // The first chunk: all that is drawn when the page starts.
  const first = await rowIds(false);
  const tapTimes = await tapAll(first, false);
  // Far down the story, scrolled the way a reader does (at full speed: the scroll is not what
  // is measured), the chunks on the way drawn as they came near.
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  for (let y = 0; y < DEEP_PX; y += 1500) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1500);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const deep = await rowIds(true);
  const deepTimes = await tapAll(deep, false);
  await page.evaluate(floorInteraction(".vtl__item > .tl-event", "inline"));
  const deepFloorTimes = await tapAll(deep, true);
  // Back at the top, where the first chunk is drawn again as it comes near.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(`.vtl [data-event-id="${first[0]}"]`).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  const floorTimes = await tapAll(first, true);
  await browser.close();
  return { tapTimes, floorTimes, deepTimes, deepFloorTimes, startMs };
}
