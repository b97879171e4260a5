import { expect, test } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

test("the built story page loads without console errors and switches language", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Each language is a page of its own: the address says which.
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page).toHaveTitle("Maduro defied the US deadline to step down – TV 2");
  // The sections below follow a moment later, each saying its own language until it has.
  for (const [id, heading] of [
    ["events", "Events"],
    ["explainers", "Background"],
    ["viewpoints", "The experts"],
  ] as const) {
    const section = page.locator(`#${id}`);
    await expect(section.getByRole("heading", { level: 2 }).first()).toHaveText(heading);
    await expect(section).toHaveAttribute("lang", "en");
  }
  expect(errors).toEqual([]);
});

test("each language is a real page: English HTML, title, canonical and alternates, readable without scripts", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/maduro-usa-2025/en/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
  await expect(page).toHaveTitle("Maduro defied the US deadline to step down – TV 2");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/maduro-usa-2025\/en\/$/,
  );
  await expect(page.locator('link[hreflang="nb"]')).toHaveAttribute("href", /\/maduro-usa-2025\/$/);
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
    "href",
    /\/maduro-usa-2025\/en\/$/,
  );
  // English dates read as the story's English text does.
  await expect(page.locator("#events")).toContainText("21 November 2025");
  await page.goto("/en/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("every story has its own URL, and a shared link opens the event in English", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // An old link (?lang=en) still opens in English, and the address becomes the English page's.
  await page.goto("/maduro-usa-2025/?event=trump-maduro-call&lang=en");
  await expect(page).toHaveURL(/\/maduro-usa-2025\/en\/\?event=trump-maduro-call$/);
  const item = page.locator("#event-trump-maduro-call");
  await expect(item).toHaveAttribute("aria-current", "true");
  await expect(item).toContainText("Trump and Maduro are said to have spoken");
  const card = page.locator("#timeline-card");
  await expect(card).toContainText(
    "Not confirmed by: The White House, Venezuela's information ministry",
  );
  await expect(card).toBeInViewport();
  expect(errors).toEqual([]);
});

test("the story paints before any of the app's code is requested", async ({ page }) => {
  await page.goto("/");
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.endsWith(".js"))
      .map((entry) => entry.startTime),
  }));
  expect(timing.paint).toBeLessThan(Infinity);
  expect(timing.scripts.length).toBeGreaterThan(0);
  for (const start of timing.scripts) expect(start).toBeGreaterThan(timing.paint);
});

test("the code the app starts with is asked for at once, not a round trip after its entry", async ({
  page,
}) => {
  // The entry takes a while to arrive: what it imports must already be on its way.
  let entryArrived = Infinity;
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 600));
    entryArrived = Date.now();
    await route.fulfill({ response });
  });
  const asked = new Map<string, number>();
  page.on("request", (request) => {
    if (request.url().endsWith(".js")) asked.set(request.url().split("/").pop()!, Date.now());
  });
  await page.goto("/");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  // The renderer's chunk (Preact's compat; React's with READER_RENDERER=react) and the store's.
  const imports = [...asked].filter(([name]) => /^(react|compat|story-context)-/.test(name));
  // The hash is eight characters, which may include "-" ("story-context-D30Iz9l-.js").
  expect(imports.map(([name]) => name.replace(/-[\w-]{8}\.js$/, "")).sort()).toEqual([
    expect.stringMatching(/^(react|compat)$/),
    "story-context",
  ]);
  for (const [, at] of imports) expect(at).toBeLessThan(entryArrived);
});

test("the story is readable with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/maduro-usa-2025/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.locator("ol.event-list > li")).toHaveCount(12); // the dated events; the eight the article gives no date follow in a list of their own
  await expect(page.getByText("Ikke bekreftet av:").first()).toBeVisible();
  await context.close();
});

test("an explainer link in the list opens its panel, and Back closes it", async ({ page }) => {
  await page.goto("/");
  await page
    .locator("#event-icc-preliminary-examination")
    .getByRole("link", { name: "ICC og Maduro" })
    .click();
  await expect(page).toHaveURL(/\?explainer=icc-maduro$/);
  const panel = page.getByRole("dialog", { name: "ICC og Maduro" });
  await expect(panel.getByRole("heading", { name: "ICC og Maduro" })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(panel).toBeHidden();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "English" }).click();
    await expectNoAxeViolations(page);
  });
}

test("each story page carries its own sharing tags", async ({ page, request }) => {
  await page.goto("/maduro-usa-2025/");
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe("Maduro trosset USAs frist om å gå av");
  expect(await meta('meta[property="og:description"]')).toMatch(
    /^Trump og Maduro skal ha hatt en samtale/,
  );
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  const image = await meta('meta[property="og:image"]');
  expect(image).toBe("/maduro-usa-2025/card.png");
  const response = await request.get(image!);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("the site's icons and manifest are linked once the story is on screen, and are served", async ({
  page,
  request,
}) => {
  // Not in the first response: fetched before the first paint, they only competed with it. An
  // empty icon keeps the browser from asking for /favicon.ico meanwhile; a reader without
  // scripts gets the icons from <noscript>.
  const html = await (await request.get("/")).text();
  const outside = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  expect(outside.match(/<link rel="(icon|manifest)"[^>]*>/g)).toEqual([
    '<link rel="icon" href="data:," />',
  ]);
  expect(html).toMatch(/<noscript><link rel="icon" href="\/favicon.ico"/);
  await page.goto("/");
  for (const rel of ["icon", "apple-touch-icon", "manifest"]) {
    const hrefs = await page
      .locator(`head link[rel="${rel}"]:not([href^="data:"])`)
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(hrefs.length, rel).toBeGreaterThan(0);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
  const manifest = await (await request.get("/site.webmanifest")).json();
  expect(manifest.icons.length).toBeGreaterThan(0);
});

test("the styles for paper and forced colours are linked after the first paint, and kept for readers without scripts", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/")).text();
  // In the first response only inside <noscript>: no request for it competes with the story.
  const outside = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  expect(outside).not.toMatch(/<link rel="stylesheet"/);
  expect(html).toMatch(
    /<noscript><link rel="stylesheet" href="[^"]+\.css" media="print, \(forced-colors: active\)"><\/noscript>/,
  );
  await page.goto("/");
  const link = page.locator(
    'head > link[rel="stylesheet"][media="print, (forced-colors: active)"]',
  );
  await expect(link).toHaveCount(1);
  const href = await link.evaluate((l) => (l as HTMLLinkElement).href);
  const css = await (await request.get(href)).text();
  expect(css).toContain("@media print");
  expect(css).toContain("forced-colors");
});
