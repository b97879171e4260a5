import { chromium } from "@playwright/test";
import { BROWSER_ARGS } from "../../resolve-browser.ts";

/**
 * How long the studio's preview takes to show a keystroke, on a story of the site (the bundled
 * one has 20 events): from the key going down in the YAML editor to the moment the preview
 * frame's document holds the new text. Both times are read on one clock (timeOrigin + now).
 */
export async function measureStudioPreview(
  base: string,
  slug: string,
  chromePath: string,
  runs = 12,
): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: "en-US" });
  await page.goto(`${base}/studio/`);
  const frame = page.frameLocator('iframe[title="Preview of the story"]');
  // The studio opens on a new story; the site's story replaces it once fetched. Typing before
  // then would type into the new story, and the mark would never show.
  const first = (await frame.locator("h1").first().textContent()) ?? "";
  await page.getByLabel("Stories on the site").selectOption(slug);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await page.getByRole("tab", { name: "YAML" }).click();
  await frame.locator("h1", { hasNotText: first }).first().waitFor();
  // The story's English title, on its own line near the top of the file.
  await page
    .locator(".cm-line", { hasText: /^\s*en: / })
    .first()
    .click();
  await page.keyboard.press("End");
  // The time of the last key that went down in the studio.
  await page.evaluate(`document.addEventListener("keydown", () => {
    window.__typed = performance.timeOrigin + performance.now();
  }, { capture: true })`);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const mark = `Q${run}Z`;
    const preview = page.frames().find((f) => f.url().includes("/studio/preview/"))!;
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await preview.evaluate(`(() => {
      window.__seen = 0;
      const observer = new MutationObserver(() => {
        if (!window.__seen && document.body.textContent.includes(${JSON.stringify(mark)})) {
          window.__seen = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await page.keyboard.type(` ${mark}`, { delay: 40 });
    await preview.waitForFunction(
      () => (window as unknown as { __seen: number }).__seen > 0,
      undefined,
      {
        timeout: 5000,
      },
    );
    const typed = (await page.evaluate("window.__typed")) as number;
    const seen = (await preview.evaluate("window.__seen")) as number;
    // From the last key, which completes the mark, to the preview holding it.
    times.push(seen - typed);
    // A pause between marks, as between words.
    await page.waitForTimeout(300);
  }
  await browser.close();
  return times;
}
