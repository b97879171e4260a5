import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./helpers/story-test.ts";

/*
 * A site published under a path (siteUrl: https://news.example.org/timelines) works there:
 * every page, asset, data file and link is built for it. Built and served here under
 * /timelines/, as a newsroom's server would.
 */
const PORT = 4177;
const SITE = `http://127.0.0.1:${PORT}/timelines`;
const ROOT = join(import.meta.dirname, "../..");
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const out = join(mkdtempSync(join(tmpdir(), "base-path-")), "dist");
  // The bundled stories only (test:e2e's own build adds the fixtures; not needed here).
  const { EXTRA_STORIES_DIR: _fixtures, ...env } = process.env;
  const built = spawnSync("npx", ["tsx", "scripts/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...env, SITE_URL: SITE, OUT_DIR: out },
  });
  expect(built.status, built.stderr).toBe(0);
  server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/lib/serve-static-cli.ts", out, String(PORT), "/timelines/"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve) => server.stdout!.on("data", () => resolve()));
});

test.afterAll(() => server?.kill());

test("the page starts, switches language and opens events under /timelines/", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${SITE}/`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "");
  await expect(page.locator("html")).not.toHaveAttribute("data-start-failed");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
  await expect(page).toHaveURL(`${SITE}/en/`);
  await page.locator('.htl [data-event-id="deadline-28-november"]').click();
  await expect(page.locator("#timeline-card")).toContainText("Maduro's deadline");
  await page.goto(`${SITE}/maduro-usa-2025/en/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${SITE}/maduro-usa-2025/en/`,
  );
});

test("the embed and its loader work under /timelines/", async ({ page }) => {
  await page.goto("http://127.0.0.1:4174/blank.html");
  await page.evaluate((site) => {
    const div = document.createElement("div");
    div.setAttribute("data-news-timeline", `${site}/maduro-usa-2025/en/embed/?start=latest`);
    div.textContent = "Timeline";
    document.body.append(div);
    const script = document.createElement("script");
    script.src = `${site}/embed.js`;
    document.body.append(script);
  }, SITE);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "");
  await expect(frame.locator(".event-card").first()).toBeVisible();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
});
