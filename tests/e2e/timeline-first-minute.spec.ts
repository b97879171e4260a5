import { expect, test, type Page } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";

/*
 * The reader's first minute with the timeline (issue 13): what is only claimed looks and
 * reads so, the story's key stretch has room at 600 px, the wheel scrolls the page, and +
 * zooms where there is something to see. (A "+N" badge's name and zoom: the component test.)
 */

const CALL = "21. november 2025 Trump og Maduro skal ha snakket sammen – ubekreftet";

/** The border style of an event's button, by its id. */
const borderStyle = (page: Page, id: string) =>
  page
    .locator(`[data-event-id="${id}"]`)
    .first()
    .evaluate((button) => getComputedStyle(button).borderTopStyle);

/** The event cards whose whole box is inside the plot's visible box. */
async function cardsInView(page: Page) {
  const plot = (await page.locator(".htl__plot").boundingBox())!;
  const cards = await page.locator(".htl .tl-event--card").evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { id: b.getAttribute("data-event-id"), x0: r.left, x1: r.right };
    }),
  );
  return cards
    .filter((c) => c.x0 >= plot.x - 0.5 && c.x1 <= plot.x + plot.width + 0.5)
    .map((c) => c.id);
}

const tickLefts = (page: Page) =>
  page.locator(".tl-tick").evaluateAll((ticks) => ticks.map((t) => (t as HTMLElement).style.left));

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a claim is named, framed and worded as one, and a key lists the story's statuses", async ({
    page,
  }) => {
    await page.goto("/");
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    const call = timeline.getByRole("button", { name: CALL });
    await expect(call).toBeVisible();
    await expect(call.getByText("ubekreftet", { exact: true })).toBeVisible();
    expect(await borderStyle(page, "trump-maduro-call")).toBe("dashed");
    expect(await borderStyle(page, "maduro-palace-speech")).toBe("solid");
    const key = timeline.getByRole("list", { name: "Slik merker vi påstandene i tidslinjen" });
    await expect(key).toBeVisible();
    await expect(key.getByRole("listitem")).toHaveText([
      "bekreftet",
      "rapportert",
      "ubekreftet",
      "avvist",
    ]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the status words and the key pass axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(page.locator(".tl-key")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("in forced colours a claim keeps its dashed frame, its word and its hollow marker", async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto("/");
    await expect(page.getByRole("button", { name: CALL })).toBeVisible();
    expect(await borderStyle(page, "trump-maduro-call")).toBe("dashed");
    expect(await borderStyle(page, "maduro-palace-speech")).toBe("solid");
    const fills = await page
      .locator(".htl .tl-axis:not(.tl-axis--selected) .tl-marker")
      .evaluateAll((paths) =>
        paths.map((p) => [p.classList.contains("tl-marker--solid"), getComputedStyle(p).fill]),
      );
    const solid = fills.filter(([isSolid]) => isSolid).map(([, fill]) => fill);
    const hollow = fills.filter(([isSolid]) => !isSolid).map(([, fill]) => fill);
    expect(solid.length).toBeGreaterThan(0);
    expect(hollow.length).toBeGreaterThan(0);
    for (const fill of solid) expect(hollow).not.toContain(fill);
  });

  test("a plain wheel over the plot scrolls the page and says how to zoom; Ctrl + wheel zooms", async ({
    page,
  }) => {
    await page.goto("/");
    const box = (await page.locator(".htl__plot").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const ticks = await tickLefts(page);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const hint = page.getByRole("status").filter({ hasText: "Hold Ctrl og rull for å zoome" });
    await expect(hint).toBeVisible();
    expect(await tickLefts(page)).toEqual(ticks);
    // It goes by itself after a few seconds.
    await expect(hint).toBeHidden({ timeout: 8000 });

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(() => tickLefts(page)).not.toEqual(ticks);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test("+ zooms around the selected event, by button and by key", async ({ page }) => {
    await page.goto("/?event=hernandez-sentenced");
    const zoomIn = page.getByRole("button", { name: "Zoom inn" });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    await expect.poll(() => cardsInView(page)).toContain("hernandez-sentenced");
    const label = page.locator('.htl__plot [data-event-id="hernandez-sentenced"]');
    await label.focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(() => cardsInView(page)).toContain("hernandez-sentenced");
    await expect(label).toBeFocused();
  });

  test("+ with nothing selected never zooms into an empty stretch", async ({ page }) => {
    await page.goto("/");
    const zoomIn = page.getByRole("button", { name: "Zoom inn" });
    for (let i = 0; i < 6; i++) {
      const before = await tickLefts(page);
      await zoomIn.click();
      await expect.poll(() => tickLefts(page)).not.toEqual(before);
      expect((await cardsInView(page)).length).toBeGreaterThan(0);
    }
  });
});

test.describe("at 600 px", () => {
  test.use({ viewport: { width: 600, height: 900 } });

  test("opens on the key stretch: the call has its own label, beside the band and the background strip", async ({
    page,
  }) => {
    await page.goto("/");
    const plot = page.locator(".htl__plot");
    await expect(plot.getByRole("button", { name: CALL })).toBeInViewport({ ratio: 1 });
    await expect(plot.locator('[data-event-id="deadline-28-november"]')).toBeInViewport({
      ratio: 1,
    });
    // The story's focus has room: no event of it is folded into a "+N" badge.
    await expect(plot.getByRole("button", { name: /hendelser? til/ })).toHaveCount(0);
    const band = plot.getByRole("note");
    await expect(band).toBeVisible();
    await expect(band).toHaveAttribute("title", "Ultimatumet Trump skal ha gitt – én uke");
    await expect(plot.getByText("Bakgrunn", { exact: true })).toBeVisible();
    // The band's words stay in their row, clear of every label card.
    const words = (await band.boundingBox())!;
    for (const card of await plot.locator(".tl-event--card").all()) {
      const box = (await card.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(words.y + words.height);
    }
  });
});

for (const path of ["/embed/", "/en/embed/"])
  test(`the embed's 600 px column shows the call and the deadline first (${path})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 640 });
    await page.goto(path);
    for (const id of ["trump-maduro-call", "deadline-28-november"])
      await expect(page.locator(`.htl__plot [data-event-id="${id}"]`)).toBeInViewport({ ratio: 1 });
  });

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("each claim says so in its name and beside its date, and the key is shown", async ({
    page,
  }) => {
    await page.goto("/");
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    const call = timeline.getByRole("button", { name: CALL });
    await expect(call.getByText("ubekreftet", { exact: true })).toBeVisible();
    await expect(
      timeline.getByRole("list", { name: "Slik merker vi påstandene i tidslinjen" }),
    ).toBeVisible();
    const dot = (id: string) =>
      page
        .locator(`.vtl [data-event-id="${id}"]`)
        .evaluate((b) => getComputedStyle(b, "::before").backgroundColor);
    // A confirmed event's dot is filled, a claim's hollow.
    expect(await dot("trump-maduro-call")).not.toBe(await dot("maduro-palace-speech"));
    await expectNoAxeViolations(page);
  });
});

test.describe("focus and links at 600–1000 px", () => {
  for (const width of [640, 768, 1000]) {
    test(`a shared link to an event shows its card on the first screen (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto("/?event=deadline-28-november");
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      const card = page.locator("#timeline-card").getByRole("article");
      await expect(card).toContainText("Fristen for Maduro");
      await expect(card.getByRole("heading").first()).toBeInViewport();
    });
  }

  test("an arrow key into the undated events scrolls the one it reaches into view", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 768, height: 600 });
    await page.goto("/?event=experts-assess-standoff");
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await page.locator('.htl [data-event-id="experts-assess-standoff"]').first().focus();
    await page.keyboard.press("ArrowRight");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("data-event-id", "second-strike-survivors");
    await expect(focused).toBeInViewport({ ratio: 1 });
  });
});
