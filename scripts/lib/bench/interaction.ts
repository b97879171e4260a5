import { chromium } from "@playwright/test";
import { BROWSER_ARGS } from "../../resolve-browser.ts";
import { INTERACTIONS_OBSERVER, longestInteraction } from "./event-timing.ts";
import { floorInteraction, recordFloorCard } from "./floor-interaction.ts";

/**
 * In Chromium at 1280×800 with 4× CPU slowdown, on the story at `path`: how long a click takes
 * to paint the event's card (as Event Timing and INP measure it), the same clicks' floor
 * (floor-interaction.ts), and every frame's time while zooming with Ctrl + wheel and dragging.
 */
export async function measureInteraction(
  base: string,
  path: string,
  chromePath: string,
): Promise<{
  selectTimes: number[];
  floorTimes: number[];
  frames: number[];
  settleFrames: number[];
  panSettleFrames: number[];
}> {
  const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.locator(".htl .tl-event--card").first().waitFor();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

  // Select → card painted, measured the way browsers measure responsiveness (Event Timing, as
  // in INP): from a real click to the next paint after it.
  await page.evaluate(INTERACTIONS_OBSERVER);
  const clickAll = async (floor: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const buttons = page.locator(".htl .tl-event--card");
      const button = buttons.nth((i * 7) % (await buttons.count()));
      const title = (await button.locator(".tl-event__title").textContent()) ?? "";
      const box = await button.boundingBox();
      if (!box || !title) continue;
      await page.evaluate("window.__interactions.clear()");
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // Waits, then checks once: Playwright's polling for the card would query all 84,000
      // nodes while the page paints it, and slow the very frame being measured.
      await page.waitForTimeout(600);
      const selected = await button.evaluate((b) => b.classList.contains("is-selected"));
      const shown = await page.locator("#timeline-card h2").textContent();
      if (!selected || (!floor && shown?.trim() !== title.trim()))
        throw new Error(`Clicked "${title}", the card shows "${shown}"`);
      times.push(await longestInteraction(page));
      const id = await button.getAttribute("data-event-id");
      if (!floor && id) await page.evaluate(recordFloorCard(id, "side"));
    }
    return times;
  };
  const selectTimes = await clickAll(false);

  // The pointer goes to the plot before recording: finding the plot runs Playwright's own
  // script in the page, which is not the timeline's cost.
  const plot = (await page.locator(".htl__plot").boundingBox())!;
  const cx = plot.x + plot.width / 2;
  const cy = plot.y + plot.height / 2;
  await page.mouse.move(cx, cy);
  await page.waitForTimeout(300);
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const record = `(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`;
  const recorded = () =>
    page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      return w.__frames.slice(1);
    });
  await page.evaluate(record);
  // The plot zooms with Ctrl + wheel; a plain wheel scrolls the page.
  await page.keyboard.down("Control");
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(50);
  }
  await page.keyboard.up("Control");
  for (let i = 0; i < 4; i++) {
    await page.mouse.down();
    for (let x = 0; x <= 300; x += 20) await page.mouse.move(cx - x, cy);
    await page.mouse.up();
    await page.mouse.move(cx, cy);
  }
  const zoomAndPan = await recorded();
  // The reader pauses, pans a little (less than the plot is laid out beyond the view), and
  // pauses again: React lays the plot out where the pan ended, at the same zoom. From the
  // moment they let go, that layout's frames, apart.
  await page.locator(".htl__sketch").waitFor({ state: "hidden" });
  await page.waitForTimeout(1200);
  await page.mouse.down();
  for (let x = 0; x <= 300; x += 20) await page.mouse.move(cx - x, cy);
  await page.evaluate(record);
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  await page.waitForTimeout(1500);
  const panSettleFrames = await recorded();
  await page.evaluate(record);
  await page.keyboard.down("Control");
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(50);
  }
  await page.keyboard.up("Control");
  const frames = [...zoomAndPan, ...(await recorded())];
  // Then the reader pauses, and React lays the plot out where the gestures left it (the
  // canvas stood in for it until then): that layout's frames, apart, as nothing moves.
  await page.evaluate(record);
  await page.locator(".htl__sketch").waitFor({ state: "hidden" });
  await page.waitForTimeout(200);
  const settleFrames = await recorded();
  // The same clicks, the page changed by hand (floor-interaction.ts). Last: it leaves the page
  // in a state the app did not make.
  await page.evaluate(floorInteraction(".htl .tl-event--card", "side"));
  const floorTimes = await clickAll(true);
  await browser.close();

  return { selectTimes, floorTimes, frames, settleFrames, panSettleFrames };
}
