import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./helpers/story-test.ts";

/*
 * A developing story reaches a reader who keeps the page open: the site is rebuilt with one
 * more event, and within the next check the open page and embed say so; a click shows it,
 * without a reload, keeping what the reader had open.
 */
const PORT = 4178;
const SITE = `http://127.0.0.1:${PORT}`;
const ROOT = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "live-"));
const out = join(work, "dist");
const stories = join(work, "stories");
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The site as test:e2e built it, served on its own: the rebuild below replaces it there.
  cpSync(join(ROOT, "dist"), out, { recursive: true });
  cpSync(join(ROOT, "tests/fixtures/stories"), stories, { recursive: true });
  server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/lib/serve-static-cli.ts", out, String(PORT)],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve) => server.stdout!.on("data", () => resolve()));
});

test.afterAll(() => server?.kill());

function rebuildWithOneMoreEvent() {
  const file = join(stories, "developing-story", "story.yaml");
  const event = [
    "  - id: day-six",
    "    date: 2026-01-06",
    "    title:",
    "      nb: Dag seks",
    "      en: Day six",
    "    status: confirmed",
    "    added: 2026-01-06T09:00:00+01:00",
    "",
  ].join("\n");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace("  - id: day-five\n", `${event}  - id: day-five\n`),
  );
  const built = spawnSync("npx", ["tsx", "scripts/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, EXTRA_STORIES_DIR: stories, OUT_DIR: out, SKIP_STUDIO: "1" },
  });
  expect(built.status, built.stderr).toBe(0);
}

test("a rebuilt story is announced in the open page and embed, and shown on request", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await context.addInitScript(() => {
    (globalThis as { __NEWS_TIMELINE_LIVE_MS__?: number }).__NEWS_TIMELINE_LIVE_MS__ = 1000;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${SITE}/developing-story/?event=day-two`);
  const embed = await context.newPage();
  await embed.setViewportSize({ width: 600, height: 900 });
  await embed.goto(`${SITE}/developing-story/embed/`);
  await expect(page.locator("#timeline-card")).toContainText("Dag to");

  rebuildWithOneMoreEvent();

  for (const reader of [page, embed]) {
    await expect(reader.getByRole("status").filter({ hasText: "1 ny hendelse" })).toBeVisible({
      timeout: 15_000,
    });
  }
  await page.getByRole("button", { name: "Vis oppdateringen" }).click();
  // The new event is in the timeline and the list, marked as new; what was open stays open.
  await expect(page.locator('.htl [data-event-id="day-six"]')).toBeVisible();
  await expect(page.locator("#event-day-six")).toContainText("Ny siden sist");
  await expect(page.locator("#timeline-card")).toContainText("Dag to");
  await expect(page).toHaveURL(/event=day-two/);
  await embed.getByRole("button", { name: "Vis oppdateringen" }).click();
  await expect(embed.locator('[data-event-id="day-six"]').first()).toBeVisible();
});

test("?live=0 asks for nothing", async ({ page, context }) => {
  await context.addInitScript(() => {
    (globalThis as { __NEWS_TIMELINE_LIVE_MS__?: number }).__NEWS_TIMELINE_LIVE_MS__ = 200;
  });
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("version.json")) asked.push(request.url());
  });
  await page.goto(`${SITE}/developing-story/?live=0`);
  // Becoming visible makes a watching page check at once; this one must not.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);
});
