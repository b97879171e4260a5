import { expect, test } from "./helpers/story-test.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";
import { firstRowInView, pageTopOf, scrollSettled } from "./helpers/phone-rows.ts";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.describe("a long story on a phone", () => {
  test("its timeline is drawn in chunks near the screen, and its first response holds the first", async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const html = await (await request.get("/long-story/")).text();
    const prerendered = html.match(/class="vtl__item/g)?.length ?? 0;
    expect(prerendered).toBeGreaterThan(10);
    expect(prerendered).toBeLessThan(100);
    await page.goto("/long-story/");
    const rows = page.locator(".vtl [data-event-id]");
    const first = await rows.count();
    expect(first).toBeLessThan(100);
    // Most of the story is in the fold of its earlier years: opened, it is drawn as it comes.
    await page.locator(".vtl__context-summary").tap();
    const foldFirst = page.locator(".vtl__list--context [data-event-id]").first();
    await expect(foldFirst).toBeVisible();
    const earliestId = await foldFirst.getAttribute("data-event-id");
    const earliest = page.locator(`.vtl [data-event-id="${earliestId}"]`);
    const earliestAt = await pageTopOf(page, earliestId!);

    // Down to the story's last event. Chunks are drawn below the reader and taken out far above,
    // and no row moves on the page meanwhile: a chunk taken out leaves a placeholder of exactly
    // its height. The DOM never holds more than a few chunks.
    const last = page.locator(".vtl > .vtl__list > .vtl__item:last-child [data-event-id]");
    const lastOnScreen = () =>
      last.evaluate((row) => row.getBoundingClientRect().bottom <= innerHeight);
    for (let stop = 0; stop < 40 && !(await lastOnScreen()); stop++) {
      const inView = await firstRowInView(page);
      await page.mouse.wheel(0, 1500);
      await scrollSettled(page);
      await page.waitForTimeout(300);
      expect(await pageTopOf(page, inView.id), `row ${inView.id} at stop ${stop}`).toBeCloseTo(
        inView.pageTop,
        0,
      );
      expect(await rows.count()).toBeLessThanOrEqual(200);
      // A chunk from below comes a slice of rows a frame: by now each drawn one is whole.
      await expect(page.locator(".vtl__item + .vtl__chunk:not([data-chunk])")).toHaveCount(0);
    }
    await expect(last).toBeInViewport();
    // The earliest rows, far above now, are out of the DOM; back at the top, they are drawn
    // again exactly where they were.
    await expect(earliest).toHaveCount(0);
    // Back up, the same way: the chunks above come back whole, each in the place it left.
    for (let stop = 0; stop < 40 && (await page.evaluate(() => window.scrollY)) > 0; stop++) {
      const inView = await firstRowInView(page);
      await page.mouse.wheel(0, -1500);
      await scrollSettled(page);
      expect(await pageTopOf(page, inView.id), `row ${inView.id} going up`).toBeCloseTo(
        inView.pageTop,
        0,
      );
    }
    await expect(earliest).toBeAttached();
    expect(await pageTopOf(page, earliestId!)).toBeCloseTo(earliestAt, 0);
  });

  test("if its chunks' observers cannot be fetched (gone after a deploy), every row is drawn", async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.route(/chunk-observers-[\w-]+\.js$/, (route) => route.abort());
    await page.goto("/long-story/");
    await expect(page.locator(".vtl__chunk")).toHaveCount(0);
    expect(await page.locator(".vtl [data-event-id]").count()).toBeGreaterThan(150);
    // Said once (the fold is the story's one chunked list), not at every render; nothing else.
    const said = errors.filter((error) => error.includes("could not load its chunks' observers"));
    expect(said).toHaveLength(1);
    const others = errors.filter(
      (e) => !said.includes(e) && !e.includes("Failed to load resource"),
    );
    expect(others).toEqual([]);
  });

  test("End reaches the last event, drawn and in view, from the first", async ({ page }) => {
    await page.goto("/long-story/");
    const firstRow = page.locator(".vtl [data-event-id][tabindex='0']").first();
    await firstRow.focus();
    await page.keyboard.press("End");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("data-event-id", /.+/);
    const id = await focused.getAttribute("data-event-id");
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
    await expect(focused).toBeInViewport();
    await expect(page.locator(".vtl .event-card")).toBeVisible();
  });
});
