import { expect, test, type Page } from "./helpers/story-test.ts";
import { XSS_PAYLOADS } from "../fixtures/xss/payloads.ts";

/**
 * The XSS corpus story (tests/fixtures/stories/xss-corpus) puts a known payload in every text
 * field. None may run (the trap stays silent), none may trip the Content-Security-Policy, and
 * every one must still be shown to the reader as the text it is.
 */

async function armTraps(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __xss: (n: number) => void;
      __calls: number[];
      __csp: string[];
    };
    w.__calls = [];
    w.__csp = [];
    w.__xss = (n: number) => w.__calls.push(n);
    document.addEventListener("securitypolicyviolation", (event) =>
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

async function expectTrapsSilent(page: Page) {
  const { calls, csp } = await page.evaluate(() => {
    const w = window as unknown as { __calls: number[]; __csp: string[] };
    return { calls: w.__calls, csp: w.__csp };
  });
  expect(calls, "payloads that ran").toEqual([]);
  expect(csp, "CSP violations").toEqual([]);
}

for (const width of [1280, 390]) {
  test(`no payload runs and each is shown as text (${width} px)`, async ({ page }) => {
    await armTraps(page);
    await page.setViewportSize({ width, height: 900 });
    // Open everything a reader can open: every event, the explainer, the viewpoints, compare.
    // Each view is a new page, whose traps start empty: check each one before leaving it.
    const views = [
      "/xss-corpus/",
      ...["event-1", "event-2", "event-3", "event-8", "event-15"].map(
        (id) => `/xss-corpus/?event=${id}`,
      ),
      "/xss-corpus/?explainer=explainer",
      "/xss-corpus/?viewpoint=view-a&lang=en",
      "/xss-corpus/?compare=1",
    ];
    for (const view of views) {
      await page.goto(view);
      if (view.includes("event=")) await expect(page.locator(".event-card").first()).toBeVisible();
      if (view.includes("explainer=") || view.includes("viewpoint=") || view.includes("compare=")) {
        await expect(page.getByRole("dialog")).toBeVisible();
      }
      await page.waitForLoadState("networkidle");
      await expectTrapsSilent(page);
    }

    await page.goto("/xss-corpus/");
    // Off-screen sections skip rendering (content-visibility: auto) until scrolled to, and
    // innerText leaves out what is not rendered: render everything to read it all at once.
    await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
    const text = await page.evaluate(() => document.body.innerText);
    // What a reader sees is the payload itself, less only the allowed emphasis markers.
    const missing = XSS_PAYLOADS.filter(
      (payload) => !text.includes(payload.replace(/\*\*|\*/g, "")),
    );
    expect(missing).toEqual([]);
    await expectTrapsSilent(page);
  });
}

test("the embed of the corpus story runs nothing either", async ({ page }) => {
  await armTraps(page);
  await page.goto("/xss-corpus/embed/?start=first");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Tab");
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await expectTrapsSilent(page);
});
