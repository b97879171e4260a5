import { expect, test } from "./helpers/story-test.ts";

test("printing gives the readable list of events with dates, statuses and sources", async ({
  page,
}) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Tidslinje" })).toBeHidden();
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
});
