import { expect, test } from "./helpers/story-test.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

test("a page whose story data is broken still reads, and says the timeline could not start", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // The page names its data file; the file arrives broken (a bad deploy, a proxy's error page).
  await page.route("**/assets/story-maduro-usa-2025-nb-*.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: "{broken" }),
  );
  await page.goto("/maduro-usa-2025/");
  await expect(page.getByRole("alert")).toContainText(
    "Tidslinjen kunne ikke starte. Saken under er likevel lesbar.",
  );
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Les originalartikkelen" }),
  ).toHaveAttribute("href", "https://www.tv2.no/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.locator("ol.event-list > li")).toHaveCount(12); // the dated events; the eight the article gives no date follow in a list of their own
  expect(errors).toEqual([]);
});

test("a page whose data file is gone (404 after a deploy) still reads, and says so", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.route("**/assets/story-maduro-usa-2025-nb-*.json", (route) =>
    route.fulfill({ status: 404, body: "Not found" }),
  );
  await page.goto("/maduro-usa-2025/");
  await expect(page.getByRole("alert")).toContainText(
    "Tidslinjen kunne ikke starte. Saken under er likevel lesbar.",
  );
  await expect(page.locator("ol.event-list > li")).toHaveCount(12);
  // The browser logs the failed request itself; the page throws nothing.
  expect(errors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
});

test("a page with no story data at all says so instead of going blank", async ({ page }) => {
  await page.route("**/maduro-usa-2025/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(
        /<div id="root"[^>]*>[\s\S]*<\/div>\s*<script type="application\/json"/,
        '<div id="root"></div><script type="application/json"',
      )
      .replace(/<script type="application\/json" id="story-data"[^>]*>[\s\S]*?<\/script>/, "");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/maduro-usa-2025/");
  await expect(page.getByRole("alert")).toHaveText("Saken kunne ikke lastes.");
});

test("unknown URL parameters and ids are ignored", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(
    "/?event=nope&explainer=<script>&viewpoint=&threads=x,,y&lang=xx&compare=yes&foo=bar",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Viser" })).toContainText(
    "Viser 20 av 20 hendelser",
  );
  expect(errors).toEqual([]);
});

test("a picture that cannot load falls back to its alt text, with its credit", async ({ page }) => {
  await page.goto("/developing-story/");
  const item = page.locator("#events #event-day-one");
  await item.scrollIntoViewIfNeeded();
  await expect(item.locator(".event-media__fallback")).toHaveText("Et bilde av pressekonferansen");
  await expect(item.locator("figcaption")).toHaveText("Foto Testesen");
});
