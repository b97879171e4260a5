import { expectNoAxeViolations } from "./helpers/axe.ts";
import { expect, test } from "./helpers/story-test.ts";

// A story longer than 150 events lists its events page by page (src/features/events/list-pages.ts):
// the story's page links the pages, each page holds one year's or month's events.

test("a long story's page links its list page by page, and a page shows that stretch", async ({
  page,
  request,
}) => {
  // The first response carries the links, not every event's text.
  const html = await (await request.get("/long-story/")).text();
  expect(html.match(/<article/g) ?? []).toHaveLength(0);
  expect(html).toContain('href="/long-story/events/2015/"');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/long-story/");
  const list = page.getByRole("region", { name: "Hendelser" });
  const pages = list.getByRole("navigation", { name: "Hendelsene side for side" });
  await pages.getByRole("link", { name: /^2016 \d+ hendelser$/ }).click();
  await expect(page).toHaveURL(/\/long-story\/events\/2016\/$/);
  await expect(page).toHaveTitle(/^2016 – Generert sak med 200 hendelser/);
  const shown = page.getByRole("region", { name: "Hendelser" });
  await expect(shown.getByRole("heading", { level: 3, name: "2016" })).toBeVisible();
  const events = shown.getByRole("article");
  expect(await events.count()).toBeGreaterThan(0);
  expect(await events.count()).toBeLessThanOrEqual(40);
  await expect(shown.getByRole("link", { name: /^2016 \d/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectNoAxeViolations(page);

  // The other language keeps the page; the way back leads to the timeline.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/long-story\/en\/events\/2016\/$/);
  await expect(page.getByRole("heading", { level: 3, name: "2016" })).toBeVisible();
  await page.getByRole("link", { name: "← To the timeline" }).click();
  await expect(page).toHaveURL(/\/long-story\/en\/$/);
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
});

test("a page of the list is whole without scripts, on a phone too", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/long-story/events/2017/");
  const list = page.getByRole("region", { name: "Hendelser" });
  await expect(list.getByRole("article").first()).toBeVisible();
  await expect(list.getByRole("navigation", { name: "Hendelsene side for side" })).toBeVisible();
  await context.close();
});

test("a page the list does not have is not found", async ({ request }) => {
  expect((await request.get("/long-story/events/1999/")).status()).toBe(404);
  expect((await request.get("/maduro-usa-2025/events/2025/")).status()).toBe(404);
});

test("a long story's undated events, more than a few dozen, get pages of their own", async ({
  page,
  request,
}) => {
  // The story's page links them instead of carrying their text (the phone's timeline names them).
  const html = await (await request.get("/undated-long-story/")).text();
  expect(html).not.toContain("Kildene oppgir ikke når hendelse 1 skjedde.");
  expect(html).toContain('href="/undated-long-story/events/undated/"');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/undated-long-story/");
  // Once started: while the app starts, the list above the links may still move them.
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const pages = page.getByRole("navigation", { name: "Hendelsene side for side" });
  await pages.getByRole("link", { name: /^Uten dato i kildene 40 hendelser$/ }).click();
  await expect(page).toHaveURL(/\/undated-long-story\/events\/undated\/$/);
  await expect(page).toHaveTitle(/^Uten dato i kildene – Generert sak med 50 udaterte hendelser/);
  const shown = page.getByRole("region", { name: "Hendelser" });
  await expect(shown.getByRole("heading", { level: 2, name: "Uten dato i kildene" })).toBeVisible();
  await expect(shown.getByRole("article")).toHaveCount(40);
  await expect(
    shown.getByRole("heading", { name: "Udatert hendelse 1", exact: true }),
  ).toBeVisible();
  await expect(
    shown.getByRole("link", { name: /^Uten dato i kildene 40 hendelser$/ }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await shown.getByRole("link", { name: /^Uten dato i kildene \(2\) 10 hendelser$/ }).click();
  await expect(page).toHaveURL(/\/undated-long-story\/events\/undated-p2\/$/);
  await expect(page.getByRole("region", { name: "Hendelser" }).getByRole("article")).toHaveCount(
    10,
  );
  expect((await request.get("/undated-long-story/events/undated-p3/")).status()).toBe(404);
});
