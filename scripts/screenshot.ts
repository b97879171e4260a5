/**
 * `npm run screenshot -- <url> <out.png> [width] [height] [dark]`: a screenshot of a page in
 * the same Chromium the tests use, for the README and the authoring guide.
 */
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, resolveBrowserPath } from "./resolve-browser.ts";

const [
  url = "http://127.0.0.1:4173/",
  out = "screenshot.png",
  width = "1280",
  height = "800",
  scheme,
] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: await resolveBrowserPath(),
  args: BROWSER_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === "dark" ? "dark" : "light",
});
await page.goto(url, { waitUntil: "networkidle" });
// The app starts after the first paint; a story page marks <html data-ready> once it has.
await page
  .locator("html[data-ready]")
  .waitFor({ state: "attached", timeout: 10_000 })
  .catch(() => console.warn("The page did not mark itself ready; taking the picture anyway."));
await page.screenshot({ path: out, fullPage: false });
await browser.close();
console.log(`Wrote ${out}`);
