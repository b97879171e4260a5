import { expect, test, type Locator, type Page } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

const HOST = "http://127.0.0.1:4174";

test.use({ viewport: { width: 1000, height: 900 } });

/** The iframe's CSS height, and its content's height measured inside the frame. */
async function heights(iframe: Locator) {
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  const inner = await frame!.evaluate(() => ({
    content: document.querySelector(".embed-root")!.getBoundingClientRect().height,
    scrollable: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));
  return { outer, ...inner };
}

async function expectExactHeight(iframe: Locator) {
  // The embed reports its height once hydrated; a busy 2-core machine may take a while.
  // Chrome does not render an iframe from another origin while it is off screen, so its
  // resize observer waits until the reader scrolls to it (the other embed may have grown
  // above it and pushed it down).
  await expect
    .poll(
      async () => {
        await iframe.scrollIntoViewIfNeeded();
        const { outer, content } = await heights(iframe);
        return Math.abs(outer - content);
      },
      { timeout: 15_000 },
    )
    .toBeLessThanOrEqual(2);
  expect((await heights(iframe)).scrollable).toBe(false);
}

async function openHost(page: Page, hash = "") {
  await page.goto(`${HOST}/article.html${hash}`);
  const narrow = page.locator("#narrow iframe");
  const wide = page.locator("#wide iframe");
  await narrow.scrollIntoViewIfNeeded();
  await wide.scrollIntoViewIfNeeded();
  // Each embed starts after its first paint: wait as for a story page (helpers/story-test.ts).
  for (const frame of ["#narrow iframe", "#wide iframe"]) {
    await expect(page.frameLocator(frame).locator("html")).toHaveAttribute("data-ready", "");
  }
  return {
    narrow,
    wide,
    narrowFrame: page.frameLocator("#narrow iframe"),
    wideFrame: page.frameLocator("#wide iframe"),
  };
}

test("two embeds at 320 and 640 px keep exactly their content's height", async ({ page }) => {
  const errors = collectPageErrors(page);
  const { narrow, wide, narrowFrame, wideFrame } = await openHost(page);
  await expect(narrow).toHaveAttribute("title", "Maduro trosset USAs frist om å gå av");
  await expect(narrow).toHaveAttribute("loading", "lazy");
  await expect(narrowFrame.getByRole("region", { name: "Tidslinje" })).toBeVisible();
  await expect(wideFrame.getByRole("region", { name: "Timeline" })).toBeVisible();
  await expectExactHeight(narrow);
  await expectExactHeight(wide);
  expect(Math.round((await narrow.boundingBox())!.width)).toBe(320);
  expect(Math.round((await wide.boundingBox())!.width)).toBe(640);

  // Open an event and a panel in the narrow one, then close it: the height follows each time.
  await narrowFrame.locator('[data-event-id="bounties-offered"]').click();
  await expectExactHeight(narrow);
  await narrowFrame.getByRole("button", { name: /Dusørene/ }).click();
  await expect(narrowFrame.getByRole("dialog", { name: "Dusørene" })).toBeVisible();
  await expectExactHeight(narrow);
  await narrowFrame.getByRole("button", { name: "Lukk" }).click();
  await expect(narrowFrame.getByRole("dialog")).toHaveCount(0);
  await expectExactHeight(narrow);
  await expectExactHeight(wide);
  expect(errors).toEqual([]);
});

test("the embeds tell the host what the reader selects and opens, as DOM events", async ({
  page,
}) => {
  const { narrowFrame } = await openHost(page);
  await narrowFrame.locator('[data-event-id="trump-maduro-call"]').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
    .toContainEqual({
      embed: "narrow",
      type: "news-timeline:select",
      detail: { story: "maduro-usa-2025", id: "trump-maduro-call" },
    });
  // The narrow embed opted in to keeping the host URL in step.
  await expect(page).toHaveURL(`${HOST}/article.html#news-timeline=trump-maduro-call`);
});

test("a host link with #news-timeline=<id> opens that event and scrolls to it", async ({
  page,
}) => {
  const { narrowFrame } = await openHost(page, "#news-timeline=maduro-palace-speech");
  await expect(narrowFrame.locator(".event-card")).toContainText("Vi ønsker fred");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("#deep-link").click();
  await expect(narrowFrame.locator('[data-event-id="deadline-28-november"]')).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(page.locator("#narrow")).toBeInViewport();
});

test("a message posted by another frame changes nothing", async ({ page }) => {
  const { narrow } = await openHost(page);
  await expectExactHeight(narrow);
  const before = await narrow.evaluate((el) => el.style.height);
  await page.evaluate(async () => {
    const forged = { type: "news-timeline:height", story: "maduro-usa-2025", height: 4321 };
    window.postMessage(forged, "*");
    const other = document.createElement("iframe");
    other.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged)}, "*")</script>`;
    const loaded = new Promise((resolve) => other.addEventListener("load", resolve));
    document.body.append(other);
    await loaded;
    // Messages reach the page in the order they were posted: once this one has arrived, the
    // forged ones have been handled (or ignored) by the loader.
    await new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data !== "sentinel") return;
        window.removeEventListener("message", onMessage);
        resolve();
      };
      window.addEventListener("message", onMessage);
      window.postMessage("sentinel", "*");
    });
  });
  expect(await narrow.evaluate((el) => el.style.height)).toBe(before);
  expect(
    await page.evaluate(() => (window as unknown as { received: unknown[] }).received),
  ).toEqual([]);
});

test("a pym.js parent receives pym's own height message", async ({ page }) => {
  await page.goto(`${HOST}/pym.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { pymMessages: string[] }).pymMessages))
    .toContainEqual(expect.stringMatching(/^pymxPYMxtimeline-1xPYMxheightxPYMx\d+$/));
});

test("the embed looks right alone, themed, and passes axe", async ({ page }) => {
  for (const width of [300, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/embed/?theme=dark&lang=en&start=latest");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Maduro defied the US deadline to step down",
    );
    await expect(page.locator('[data-event-id="experts-assess-standoff"]').first()).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await expectNoAxeViolations(page);
  }
});

test("an embed opened on the latest event never scrolls the article around it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${HOST}/blank.html`);
  await page.evaluate((src) => {
    document.body.innerHTML = `<p style="height: 200px">The article's first paragraph.</p>
      <iframe src="${src}" width="320" height="3000" title="Timeline"></iframe>
      <p style="height: 2000px">The rest of the article.</p>`;
  }, "http://127.0.0.1:4173/embed/?start=latest");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "");
  await expect(frame.locator('[aria-current="true"]').first()).toBeAttached();
  await page.waitForTimeout(500); // a smooth scroll would have begun by now
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("a dark, headerless embed is dark and untitled from its first paint", async ({ page }) => {
  // The app never starts here: what shows is what the reader sees before it has.
  await page.route("**/assets/index-*.js", (route) => route.abort());
  await page.goto("/embed/?theme=dark&header=0");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const title = page.locator(".embed-page__title");
  expect((await title.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  await expect(title).toHaveText(/Maduro trosset/); // still there for screen readers

  await page.goto("/embed/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("the embed shows its title once, above the timeline, or in the title card when asked for no header", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const visibleTitles = () =>
    page
      .getByText("Maduro trosset USAs frist om å gå av", { exact: true })
      .evaluateAll((all) => all.filter((e) => e.getBoundingClientRect().height > 1).length);
  await page.goto("/embed/");
  await expect(page.locator(".htl .tl-tick").first()).toBeVisible();
  expect(await visibleTitles()).toBe(1);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/embed/?header=0");
  await expect(page.locator(".htl .tl-tick").first()).toBeVisible();
  expect(await visibleTitles()).toBe(1);
  await expect(page.locator(".event-card--title h2")).toBeVisible();
});
