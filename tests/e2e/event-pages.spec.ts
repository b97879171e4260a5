import { test as plain } from "@playwright/test";
import { expect, test } from "./helpers/story-test.ts";

/*
 * Each event has a page of its own: a shared link opens the story on that event, readable
 * without scripts, with the event's own title for the link's preview; an id that is not there
 * gets the site's 404 page, which leads back to the stories.
 */
const EVENT_PAGE = "/maduro-usa-2025/en/maduro-palace-speech/";

test("an event's page opens the story on that event and keeps its address", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(EVENT_PAGE);
  await expect(page).toHaveTitle(/^1 December 2025: Maduro speaks outside the presidential palace/);
  await expect(page.locator("#timeline-card")).toContainText(
    "Maduro spoke outside the presidential palace",
  );
  await expect(page).toHaveURL(EVENT_PAGE);

  // Another event: the story's page names it in the query; closing it leaves the story's.
  await page
    .locator(".htl")
    .getByRole("button", { name: /dances in Caracas/ })
    .click();
  await expect(page).toHaveURL("/maduro-usa-2025/en/?event=maduro-dances-in-caracas");
});

test("an event's page brings the list once it has started, not in its first response", async ({
  page,
  request,
}) => {
  const html = await (await request.get(EVENT_PAGE)).text();
  expect(html).not.toContain('class="event-list');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(EVENT_PAGE);
  const list = page.getByRole("region", { name: "Events" });
  await expect(list.getByRole("article")).toHaveCount(20);
  await expect(list.getByRole("link", { name: /in full on the story's page/ })).toHaveCount(0);
});

test("the language switch on an event's page keeps the event", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(EVENT_PAGE);
  await page.getByRole("link", { name: "Norsk" }).click();
  await expect(page.locator("#timeline-card")).toContainText("Maduro talte utenfor");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});

plain.describe("without scripts", () => {
  plain.use({ javaScriptEnabled: false });

  plain("the event's page shows that event open, in its language", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(EVENT_PAGE);
    const open = page.locator("article.event-card");
    await expect(open).toContainText("Maduro spoke outside the presidential palace");
    await expect(open).toBeVisible();
    // The other events in full: on the story's page, a link away.
    await page.getByRole("link", { name: "Read all 20 in full on the story's page" }).click();
    await expect(page).toHaveURL("/maduro-usa-2025/en/#events");
    await expect(page.getByRole("region", { name: "Events" }).getByRole("article")).toHaveCount(20);
  });
});

plain(
  "an event that is not there gets the 404 page, which links to the story",
  async ({ page }) => {
    const response = await page.goto("/maduro-usa-2025/no-such-event/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
    await page
      .getByRole("link", { name: /Maduro trosset/ })
      .first()
      .click();
    await expect(page).toHaveURL("/maduro-usa-2025/");
  },
);
