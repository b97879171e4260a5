import { expect, test } from "./helpers/story-test.ts";

test("printing gives the readable list of events with dates, statuses and sources", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator(".htl__plot").waitFor();
  // The browser says "beforeprint" before it lays out the pages; so does this test.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  // Page one: the timeline graphic, laid out again for paper, without the screen's tools.
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  const plot = (await timeline.locator(".htl__plot").boundingBox())!;
  expect(plot.width).toBeLessThanOrEqual(700);
  await expect(timeline.locator('.htl__plot [data-event-id="trump-maduro-call"]')).toBeVisible();
  await expect(timeline.getByRole("group", { name: "Filtrer etter tema" })).toBeHidden();
  await expect(timeline.getByRole("group", { name: "Styr tidslinjen" })).toBeHidden();
  await expect(timeline.getByRole("list", { name: /Slik merker vi/ })).toBeVisible();
  // Black on white, whatever the screen's theme.
  expect(await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    "rgb(255, 255, 255)",
  );
  await expect(page.locator(".story-header__tools")).toBeHidden();
  const items = page.locator("#events li.event");
  await expect(items).toHaveCount(20);
  for (const item of await items.all()) {
    await expect(item).toBeVisible();
    await expect(item.locator("time").first()).toBeVisible();
    await expect(item.locator(".status-badge")).toBeVisible();
    await expect(item).toContainText("Kilde:");
  }
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  // After printing, the plot is laid out for the screen again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect
    .poll(async () => (await timeline.locator(".htl__plot").boundingBox())!.width)
    .toBeGreaterThan(800);
});

test("a page printed from a phone has the list, not every headline twice", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Tidslinje" })).toBeHidden();
  await expect(page.locator("#events li.event").first()).toBeVisible();
});
