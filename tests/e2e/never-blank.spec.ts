import { expect, test } from "./helpers/story-test.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

/*
 * A reader's page never goes blank: not when the app's code cannot load, not when a deploy
 * has removed the chunks an open page asks for, not when a reader taps before the app starts.
 */

test("when the app's start-up script cannot load, the reader is told and keeps the story", async ({
  page,
}) => {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("alert")).toHaveText(
    "Tidslinjen kunne ikke starte. Saken under er likevel lesbar.",
  );
  // No dead buttons: the interactive timeline is hidden, the readable list is all there.
  await expect(page.getByRole("region", { name: "Tidslinje" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#events li.event")).toHaveCount(20);
});

test("a tap on an event before the app has started opens it once the app is there", async ({
  page,
  baseURL,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 390, height: 800 });
  // Not the story-test goto, which waits for the app: the tap comes before it.
  await page.evaluate((url) => (location.href = url), `${baseURL}/`);
  const call = page.locator('[data-event-id="trump-maduro-call"]').first();
  await call.waitFor();
  await call.click();
  expect(await page.evaluate(() => document.documentElement.hasAttribute("data-ready"))).toBe(
    false,
  );
  release();
  await expect(page).toHaveURL(/event=trump-maduro-call/);
  await expect(page.locator(".vtl .event-card")).toContainText("Trump og Maduro skal ha snakket");
});

test("after a deploy removed the builder's chunk, the page reloads once, then says what failed", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.route(/\/assets\/embed-builder-dialog-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 404 }),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const embed = page.getByRole("button", { name: "Bygg inn" });
  await embed.hover();
  // The first failure reloads the page, to fetch the new chunk names.
  await Promise.all([page.waitForEvent("load"), embed.click()]);
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  // The chunk is still missing: no second reload, a notice instead, and the page is whole.
  let reloaded = false;
  page.once("load", () => (reloaded = true));
  await page.getByRole("button", { name: "Bygg inn" }).click();
  await expect(page.getByRole("alert")).toContainText("Denne delen av saken kunne ikke lastes");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tidslinje" })).toBeVisible();
  expect(reloaded).toBe(false);
  expect(
    errors.filter((e) => !/Failed to load|could not be loaded|dynamically imported/i.test(e)),
  ).toEqual([]);
});

test("when the wide timeline's code cannot load, the page keeps the story and says so", async ({
  page,
}) => {
  await page.route(/\/assets\/horizontal-timeline-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 404 }),
  );
  await page.addInitScript(() =>
    sessionStorage.setItem(`news-timeline:chunk-reload:${location.pathname}`, String(Date.now())),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Tidslinje" }).getByRole("alert")).toContainText(
    "Denne delen av saken kunne ikke lastes",
  );
  await expect(page.locator("#events li.event")).toHaveCount(20);
});
