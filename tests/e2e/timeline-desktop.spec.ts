import { expect, test, type Page } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";
import { differenceShifted } from "./helpers/pictures.ts";

test.use({ viewport: { width: 1280, height: 800 } });

const EVENT_COUNT = 20;

async function labelBoxes(page: Page) {
  return page.locator(".htl .tl-event--card").evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return {
        id: b.getAttribute("data-event-id"),
        x0: r.left,
        x1: r.right,
        y0: r.top,
        y1: r.bottom,
      };
    }),
  );
}

async function expectNoOverlaps(page: Page) {
  const boxes = await labelBoxes(page);
  for (const a of boxes) {
    for (const b of boxes) {
      if (a === b) continue;
      const overlap =
        a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
  return boxes.length;
}

test("every event is visible and readable on first load, without zooming", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/");
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  const buttons = timeline.locator("[data-event-id]");
  await expect(buttons).toHaveCount(EVENT_COUNT);
  for (const button of await buttons.all()) {
    // The dated events are on the first screen; the undated list below them in the side
    // column may run past it at 800 px, and the page scrolls to it as any page does.
    const undated = await button.evaluate((b) => b.matches(".tl-event--undated"));
    if (undated) await button.scrollIntoViewIfNeeded();
    // (Scrolled to, a button may sit a fraction of a pixel short of the edge.)
    await expect(button).toBeInViewport({ ratio: undated ? 0.98 : 1 });
    const clipped = await button
      .locator(".tl-event__title")
      .evaluate(
        (title) =>
          title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1,
      );
    expect(clipped, `title of ${await button.getAttribute("data-event-id")} is cut off`).toBe(
      false,
    );
  }
  await expectNoOverlaps(page);
  expect(errors).toEqual([]);
});

test("no two labels overlap at any zoom level, zooming with Ctrl + wheel", async ({ page }) => {
  await page.goto("/");
  const plot = page.locator(".htl__plot");
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.93, box.y + box.height / 2);
  const firstTicks = await page.locator(".tl-tick").allTextContents();
  // A plain wheel scrolls the page; Ctrl held, it zooms.
  await page.keyboard.down("Control");
  for (let step = 0; step < 6; step++) {
    await page.mouse.wheel(0, -400);
    await expectLaidOut(page);
    await expectNoOverlaps(page);
  }
  await page.keyboard.up("Control");
  const zoomedTicks = await page.locator(".tl-tick").allTextContents();
  expect(zoomedTicks).not.toEqual(firstTicks);
  expect(zoomedTicks.some((label) => /^\d+\. (nov|des)/.test(label))).toBe(true);
  await page.getByRole("button", { name: "Vis hele tidslinjen" }).click();
  await expect(page.locator(".tl-tick").first()).toHaveText(firstTicks[0]!);
});

/**
 * Waits until a gesture has ended and the plot's own buttons show, laid out where the view
 * is: not drawn on the canvas, not stretched, and drawn as far beyond each side of the view
 * (the axis runs half a viewport past both), not a layout from before moved along.
 */
async function expectLaidOut(page: Page) {
  await expect
    .poll(() =>
      page.locator(".htl__plot").evaluate((plot) => {
        const layer = plot.querySelector<HTMLElement>(".htl__layer")!;
        const moved = [...layer.querySelectorAll<HTMLElement>("[data-plot-key]")].some(
          (el) => el.style.translate !== "" && el.style.translate !== "none",
        );
        const sketch = plot.querySelector(".htl__sketch");
        const drawn = sketch !== null && getComputedStyle(sketch).visibility === "visible";
        const view = plot.getBoundingClientRect();
        const axis = layer.querySelector(".tl-axis__line")!.getBoundingClientRect();
        const centred = Math.abs(axis.left + axis.right - (view.left + view.right)) < 2;
        return centred && !moved && !drawn;
      }),
    )
    .toBe(true);
}

async function tickPositions(page: Page) {
  const ticks = await page
    .locator(".tl-tick")
    .evaluateAll((spans) =>
      spans.map((s) => [s.textContent ?? "", s.getBoundingClientRect().left] as const),
    );
  return new Map(ticks);
}

/** Zooms the plot in a few steps with Ctrl + wheel, the pointer at its middle. */
async function zoomIn(page: Page) {
  const box = (await page.locator(".htl__plot").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down("Control");
  for (let step = 0; step < 4; step++) {
    await page.mouse.wheel(0, -400);
    await expectLaidOut(page);
  }
  await page.keyboard.up("Control");
  return box;
}

/** With the button down at the plot's middle, moves the pointer 200 px to the right. */
async function dragRight(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const y = box.y + box.height / 2;
  for (let dx = 20; dx <= 200; dx += 20) await page.mouse.move(box.x + box.width / 2 + dx, y);
}

/** Once let go: laid out again, with the tick `label`, at `x` before, 200 px to the right. */
async function expectLaidOutDragged(page: Page, label: string, x: number) {
  await expectLaidOut(page);
  expect((await tickPositions(page)).get(label)).toBeCloseTo(x + 200, 0);
  await expectNoOverlaps(page);
}

test("dragging pans the timeline with the pointer, drawn on a canvas meanwhile, then lays it out for where it stopped", async ({
  page,
}) => {
  await page.goto("/");
  const plot = page.locator(".htl__plot");
  const box = await zoomIn(page);
  const before = await tickPositions(page);
  const [label, x] = [...before].find(([, left]) => left > box.x + 50 && left < box.x + 400)!;
  const still = await plot.screenshot({ animations: "disabled" });

  const cursor = () => plot.evaluate((element) => getComputedStyle(element).cursor);
  await page.mouse.down();
  // A press is not yet a drag (it may be a click on a label): the hand grabs once it moves.
  expect(await cursor()).toBe("grab");
  await expect(page.locator(".htl__sketch")).toBeHidden();
  await dragRight(page, box);
  // Mid-gesture the plot is a picture on a canvas, moved with the pointer, exactly: the same
  // picture as before, 200 px to the right (and clearly not where it was). Words differ a
  // little at their edges, a label being placed at whole pixels: 1.3 % of pixels here, where
  // a picture one pixel off differs in 4 %.
  await expect(page.locator(".htl__sketch")).toBeVisible();
  const moving = await plot.screenshot({ animations: "disabled" });
  expect(await differenceShifted(page, still, moving, 200)).toBeLessThan(0.025);
  expect(await differenceShifted(page, still, moving, 0)).toBeGreaterThan(0.03);
  expect(await cursor()).toBe("grabbing");
  await page.mouse.up();
  expect(await cursor()).toBe("grab");

  // Once the reader lets go and pauses, the plot's own buttons are back, where the picture
  // left them.
  await expect(page.locator(".htl__sketch")).toBeHidden();
  await expectLaidOutDragged(page, label, x);
});

test("in forced colours, a drag moves the plot's own elements, which keep the system's colours", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  const box = await zoomIn(page);
  const before = await tickPositions(page);
  const [label, x] = [...before].find(([, left]) => left > box.x + 50 && left < box.x + 400)!;
  await page.mouse.down();
  await dragRight(page, box);
  // No canvas: mid-gesture the drawn layer itself moves with the pointer, exactly.
  await expect(page.locator(".htl__sketch")).toBeHidden();
  expect((await tickPositions(page)).get(label)).toBeCloseTo(x + 200, 0);
  await page.mouse.up();
  await expectLaidOutDragged(page, label, x);
});

test("a click while the canvas stands in for the plot opens the event the reader sees there", async ({
  page,
}) => {
  await page.goto("/");
  const box = (await page.locator('.htl [data-event-id="trump-maduro-call"]').boundingBox())!;
  // A touch of Ctrl + wheel (the view barely moves), and a click on the label while the
  // gesture has the canvas up: the buttons are not in place then, the picture is.
  const sketched = await page.evaluate(
    async ({ x, y }) => {
      const plot = document.querySelector(".htl__plot")!;
      const at = { clientX: x, clientY: y, bubbles: true, cancelable: true };
      plot.dispatchEvent(new WheelEvent("wheel", { ...at, deltaY: -1, ctrlKey: true }));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const canvas = document.querySelector(".htl__sketch")!;
      const visible = getComputedStyle(canvas).visibility === "visible";
      plot.dispatchEvent(new MouseEvent("click", at));
      return visible;
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(sketched).toBe(true);
  await expect(page).toHaveURL(/event=trump-maduro-call/);
  await expect(page.locator("#timeline-card")).toContainText("Trump og Maduro skal ha snakket");
});

test("the keyboard reaches, steps through and zooms the timeline", async ({ page }) => {
  await page.goto("/?event=trump-maduro-call");
  const call = page.locator('.htl [data-event-id="trump-maduro-call"]');
  await call.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/event=deadline-28-november/);
  await expect(page.locator('.htl [data-event-id="deadline-28-november"]')).toBeFocused();
  await expect(page.locator("#timeline-card")).toContainText(
    "Fristen for Maduro om å forlate Venezuela",
  );
  const before = await page.locator(".tl-tick").allTextContents();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await expect.poll(() => page.locator(".tl-tick").allTextContents()).not.toEqual(before);
  await expectNoOverlaps(page);
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/event=cartel-de-los-soles-accusation/);
});

test("a shared link opens the event's card in English, and going from event to event adds no Back step", async ({
  page,
  context,
}) => {
  await page.goto("/");
  const tab = await context.newPage();
  await tab.goto("/?event=maduro-palace-speech&lang=en");
  const card = tab.locator("#timeline-card");
  await expect(card).toContainText("Maduro speaks outside the presidential palace");
  await expect(card).toContainText("We want peace, but peace with sovereignty");
  await expect(tab.locator("html")).toHaveAttribute("lang", "en");
  await expect(tab).toHaveURL(/\/en\/\?event=maduro-palace-speech$/);
  // Going from event to event replaces the entry: Back leaves the story, as it came.
  const entries = await tab.evaluate(() => history.length);
  await tab.locator('.htl [data-event-id="experts-assess-standoff"]').click();
  await expect(tab).toHaveURL(/\/en\/\?event=experts-assess-standoff$/);
  expect(await tab.evaluate(() => history.length)).toBe(entries);
});

test("an explainer opens in a side panel and closes with Esc", async ({ page }) => {
  await page.goto("/?event=boat-strikes");
  const chip = page.locator("#timeline-card").getByRole("button", { name: /narkoterrorister/ });
  await chip.click();
  const panel = page.getByRole("dialog", { name: "Trumps «narkoterrorister» og båtangrepene" });
  await expect(panel).toBeVisible();
  // It slides in from the right edge, and comes to rest against it.
  await expect
    .poll(async () => {
      const box = (await panel.boundingBox())!;
      return box.x + box.width;
    })
    .toBeCloseTo(1280, 0);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(chip).toBeFocused();
});

test("an open panel makes the page behind it inert: Tab stays inside it", async ({ page }) => {
  await page.goto("/?explainer=icc-maduro");
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  // Tab cycles through the panel (and the browser's own controls, where focus is on no element
  // of the page), never to the page behind it.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    expect(
      await panel.evaluate(
        (dialog) =>
          dialog.contains(document.activeElement) || document.activeElement === document.body,
      ),
    ).toBe(true);
  }
  // The timeline behind it cannot be clicked while it is open.
  await expect(page.locator(".htl [data-event-id]").first()).not.toBeFocused();
  expect(
    await page.evaluate(() => {
      const button = document.querySelector<HTMLElement>(".htl [data-event-id]")!;
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + 5, box.y + 5);
      return hit === button || button.contains(hit);
    }),
  ).toBe(false);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the timeline (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/?event=trump-maduro-call");
    await expectNoAxeViolations(page);
    await page.goto("/?viewpoint=bull-narco-credibility");
    await expectNoAxeViolations(page);
    await page.goto("/?compare=1&lang=en");
    await expectNoAxeViolations(page);
  });
}

test("a theme filter shows only its events and says how many", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ICC-saken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Viser" })).toHaveText(
    "Viser 5 av 20 hendelser",
  );
  await expect(page.locator(".htl [data-event-id]")).toHaveCount(5);
  await expect(page).toHaveURL(/threads=icc/);
  await expectNoOverlaps(page);
});

test("a theme filter fits the axis to that theme's events, and clearing it shows the whole story", async ({
  page,
}) => {
  await page.goto("/");
  const plot = page.locator(".htl__plot");
  const card = plot.locator('[data-event-id="icc-preliminary-examination"]');
  // The whole story opens on its focus: the ICC's early years are a narrow strip at the left.
  const before = (await card.boundingBox())!;
  await page.getByRole("button", { name: "ICC-saken" }).click();
  // Fitted to the theme's events: they spread out across the plot.
  await expect.poll(async () => (await card.boundingBox())!.x).toBeGreaterThan(before.x + 40);
  const frame = (await plot.boundingBox())!;
  for (const id of ["icc-alleged-crimes", "icc-preliminary-examination"]) {
    const box = (await plot.locator(`[data-event-id="${id}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  }
  await expectNoOverlaps(page);
  await page.getByRole("button", { name: "Alle tema" }).click();
  await expect
    .poll(async () => Math.round((await card.boundingBox())!.x))
    .toBe(Math.round(before.x));
});
