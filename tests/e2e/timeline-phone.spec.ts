import { expect, test } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";
import { differenceShifted } from "./helpers/pictures.ts";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("on a phone the timeline is vertical and scrolls with the page", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/");
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  await expect(timeline.locator(".vtl [data-event-id]")).toHaveCount(20);
  await expect(page.locator(".htl")).toHaveCount(0);
  // What came before the story's focus is one line; the focus follows it, on the first screen.
  const fold = timeline.getByText("Bakgrunn: 7 hendelser, 2014–2025");
  await expect(fold).toBeInViewport();
  await expect(timeline.locator('.vtl [data-event-id="icc-alleged-crimes"]')).toBeHidden();
  await expect(timeline.locator('.vtl [data-event-id="caribbean-build-up"]')).toBeHidden();
  const first = await timeline.locator('.vtl [data-event-id="trump-maduro-call"]').boundingBox();
  const last = await timeline.locator('[data-event-id="experts-assess-standoff"]').boundingBox();
  expect(last!.y).toBeGreaterThan(first!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await fold.tap();
  await expect(timeline.locator('.vtl [data-event-id="icc-alleged-crimes"]')).toBeVisible();
  await expect(timeline.getByText("6 år senere")).toBeVisible();
  expect(errors).toEqual([]);
});

// The test of the first minute: the call and the deadline, both only claimed, are on
// the first screen, whole, with nothing scrolled.
for (const { path, width, height } of [
  { path: "/", width: 390, height: 844 },
  { path: "/en/", width: 390, height: 844 },
  { path: "/", width: 320, height: 640 },
  { path: "/en/", width: 320, height: 640 },
  { path: "/embed/", width: 320, height: 640 },
  { path: "/en/embed/", width: 320, height: 640 },
]) {
  test(`the call and the deadline are on the first screen of ${path} at ${width} × ${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    for (const id of ["trump-maduro-call", "deadline-28-november"])
      await expect(page.locator(`.vtl [data-event-id="${id}"]`)).toBeInViewport({ ratio: 1 });
  });
}

test("each headline is shown once: the list folds away behind a button, and unfolds", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const events = page.getByRole("region", { name: "Hendelser" });
  const item = events.getByRole("heading", { name: "Trump og Maduro skal ha snakket sammen" });
  await expect(item).toBeHidden();
  // The page is the timeline and the explainers, not the timeline and then the same list again.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
  const unfold = events.getByRole("button", {
    name: "Les alle 20 i sin helhet",
  });
  await expect(unfold).toHaveAttribute("aria-expanded", "false");
  await unfold.tap();
  await expect(item).toBeVisible();
  await expect(events.getByRole("button", { name: "Skjul hele teksten" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  // Paper gets the whole list, folded or not.
  await events.getByRole("button", { name: "Skjul hele teksten" }).tap();
  await expect(item).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(item).toBeVisible();
});

test("the folded list is still found: by the browser's find, and by a link into it", async ({
  page,
}) => {
  await page.goto("/#event-icc-situation-opened");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const item = page.locator("#event-icc-situation-opened");
  await expect(item).toBeVisible();
  await expect(item).toBeInViewport();
  // Find-in-page reveals a hidden="until-found" box and tells it so with "beforematch".
  await page.goto("/");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(item).toBeHidden();
  await expect(page.locator("#events-body")).toHaveAttribute("hidden", "until-found");
  await page.locator("#events-body").dispatchEvent("beforematch");
  await expect(item).toBeVisible();
});

test("without scripts, a phone gets the whole list", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("#event-trump-maduro-call")).toBeVisible();
  await context.close();
});

test("no horizontal scrolling at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/?event=trump-maduro-call");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("tapping an event unfolds its card, and a swipe steps to the next", async ({ page }) => {
  await page.goto("/");
  await page.locator('.vtl [data-event-id="trump-maduro-call"]').tap();
  await expect(page).toHaveURL(/event=trump-maduro-call/);
  const card = page.locator(".vtl .event-card");
  await expect(card).toContainText("Ikke bekreftet av: Det hvite hus");
  const box = (await card.boundingBox())!;
  const y = box.y + 40;
  await card.dispatchEvent("pointerdown", {
    pointerType: "touch",
    pointerId: 7,
    clientX: box.x + box.width - 20,
    clientY: y,
    isPrimary: true,
  });
  await card.dispatchEvent("pointerup", {
    pointerType: "touch",
    pointerId: 7,
    clientX: box.x + 20,
    clientY: y + 4,
    isPrimary: true,
  });
  await expect(page).toHaveURL(/event=deadline-28-november/);
});

test("an explainer opens as a bottom sheet", async ({ page }) => {
  await page.goto("/?event=bounties-offered");
  await page
    .locator(".vtl .event-card")
    .getByRole("button", { name: /Dusørene/ })
    .tap();
  const sheet = page.getByRole("dialog", { name: "Dusørene" });
  await expect(sheet).toBeVisible();
  // Its bottom on the screen's, once it has settled there (a busy machine may measure sooner).
  await expect
    .poll(async () => {
      const box = await sheet.boundingBox();
      return box && [Math.round(box.y + box.height), Math.round(box.width)];
    })
    .toEqual([844, 390]);
  await sheet.getByRole("button", { name: "Lukk" }).tap();
  await expect(sheet).toBeHidden();
});

test("touch targets in the timeline are at least 44 by 44 px", async ({ page }) => {
  await page.goto("/?event=trump-maduro-call");
  const small = await page
    .getByRole("region", { name: "Tidslinje" })
    .locator("button")
    .evaluateAll((buttons) =>
      buttons
        .map((b) => ({ text: b.textContent, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ text, r }) => `${text} (${Math.round(r.width)}×${Math.round(r.height)})`),
    );
  expect(small).toEqual([]);
});

test("a row's focus ring and its dot on the rail are drawn whole, though each row clips its paint", async ({
  page,
}) => {
  // Each row is contained (card-phone.css), paint too: what it drew outside its box would be
  // cut off. Its box reaches over the rail for the dot, and the ring is drawn inside the button.
  await page.goto("/");
  const row = page.locator(".vtl > .vtl__list > .vtl__item > .tl-event").nth(1);
  await row.scrollIntoViewIfNeeded();
  await page.keyboard.press("Tab");
  const box = (await row.boundingBox())!;
  // Through the middle of the ring: 3 px wide, just inside the button's edge.
  const top = { x: box.x, y: box.y + 1.5, width: box.width, height: 1 };
  const side = { x: box.x + 1.5, y: box.y, width: 1, height: box.height };
  const strips = async () => [
    await page.screenshot({ clip: top }),
    await page.screenshot({ clip: side }),
  ];
  const before = await strips();
  await row.focus();
  await expect(row).toBeFocused();
  const after = await strips();
  expect(await differenceShifted(page, before[0]!, after[0]!, 0)).toBeGreaterThan(0.9);
  expect(await differenceShifted(page, before[1]!, after[1]!, 0)).toBeGreaterThan(0.9);

  // The dot, 18 px across, stands 8–26 px left of the button and 12–30 px down: a line through
  // its middle, against one through the rail just below it, where only the rail is drawn.
  const across = (y: number) =>
    page.screenshot({ clip: { x: box.x - 30, y: box.y + y, width: 26, height: 1 } });
  expect(await differenceShifted(page, await across(21), await across(36), 0)).toBeGreaterThan(0.3);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on a phone (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/?event=trump-maduro-call&lang=en");
    await expectNoAxeViolations(page);
    await page.goto("/?explainer=cartel-de-los-soles");
    await expectNoAxeViolations(page);
  });
}

// A page's first Intl format of a kind holds a phone's main thread for 100–350 ms while the
// locale's data loads: the page brings the dates and lengths of time it shows, as the server
// wrote them, and starting it makes no Intl format at all, in either language.
for (const path of ["/", "/en/", "/embed/"]) {
  test(`starting ${path} on a phone makes no Intl format, and the dates read as the server wrote them`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { intlMade: string[] }).intlMade = made;
      for (const kind of ["DateTimeFormat", "NumberFormat"] as const) {
        const Original = Intl[kind];
        Intl[kind] = new Proxy(Original, {
          construct(target, args: unknown[]) {
            made.push(kind);
            return Reflect.construct(target, args) as object;
          },
          apply(target, self, args: unknown[]) {
            made.push(kind);
            return Reflect.apply(target, self, args) as unknown;
          },
        }) as never;
      }
    });
    const response = await page.goto(path);
    const served = await response!.text();
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
    const gap = path.startsWith("/en/") ? "6 years later" : "6 år senere";
    await expect(page.locator(".vtl").getByText(gap, { exact: false })).toHaveCount(1);
    expect(
      await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade),
    ).toEqual([]);
    const dates = await page.locator(".vtl .tl-event__date, time").allTextContents();
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(served).toContain(`>${date}<`);
  });
}
