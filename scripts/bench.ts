/**
 * `npm run bench`: builds the site (with a generated 5,000-event story), serves dist/ on
 * loopback the way a static host would (brotli, immutable assets), and measures:
 *   1. Lighthouse 12 (mobile, simulated throttling), three runs each, alternating, of the story
 *      page, the embed, and a plain static page of the same story's text (the floor);
 *   2. in Chromium with 4x CPU slowdown on the 5,000-event story: how fast a selected event's
 *      card paints, and frame times while zooming and panning.
 * Prints a table with budgets and ratios to the floor, and writes bench/results.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { generateStoryYaml } from "./lib/generate-story.ts";
import { ROOT } from "./lib/story-files.ts";
import { writeFloorPage } from "./lib/floor-page.ts";
import { BROWSER_ARGS, resolveBrowserPath } from "./resolve-browser.ts";

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const DIST = join(ROOT, "dist");
const BIG = "generated-5000";

// 1. Build, with the generated story beside the real ones.
const extra = mkdtempSync(join(tmpdir(), "bench-stories-"));
mkdirSync(join(extra, BIG));
writeFileSync(join(extra, BIG, "story.yaml"), generateStoryYaml(5000));
const built = spawnSync("npx", ["tsx", "scripts/build.ts"], {
  cwd: ROOT,
  stdio: "inherit",
  // Absolute canonical and share URLs, as a real deployment has (data/site.yaml's siteUrl).
  env: { ...process.env, EXTRA_STORIES_DIR: extra, SITE_URL: BASE },
});
if (built.status !== 0) process.exit(built.status ?? 1);
writeFloorPage(DIST);

// The server runs in a process of its own, so Lighthouse's work here cannot slow its answers.
const server = spawn(
  process.execPath,
  ["--import", "tsx", "scripts/lib/serve-static-cli.ts", DIST, String(PORT)],
  {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  },
);
process.on("exit", () => server.kill());
await new Promise<void>((resolve, reject) => {
  server.stdout.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("ready")) resolve();
  });
  server.on("exit", (code) => reject(new Error(`The static server stopped (${code}).`)));
});
const chromePath = await resolveBrowserPath();

// 2. Lighthouse, alternating pages so drift on a noisy machine hits them all alike.
type Sample = Record<string, number>;
const PAGES = { floor: "/bench-floor/", page: "/", embed: "/embed/" } as const;
const samples: Record<keyof typeof PAGES, Sample[]> = { floor: [], page: [], embed: [] };
const failingAudits: Record<string, string[]> = {};

// BENCH_ONLY=interaction skips Lighthouse, for quick work on the timeline's speed.
const lighthouseRuns = process.env["BENCH_ONLY"] === "interaction" ? 0 : RUNS;
for (let run = 0; run < lighthouseRuns; run++) {
  for (const [name, path] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: BROWSER_ARGS });
    try {
      const result = await lighthouse(`${BASE}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const observed = (key: string) =>
        ((lhr.audits["metrics"]?.details as { items?: Record<string, number>[] } | undefined)
          ?.items?.[0]?.[key] as number | undefined) ?? NaN;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category.id}:${ref.id}`),
      );
      failingAudits[name] = [...new Set([...(failingAudits[name] ?? []), ...failing])];
      samples[name].push({
        lcp: audit("largest-contentful-paint"),
        // What Chrome saw, unthrottled, before Lighthouse's simulation: tells a slow page
        // from a noisy simulation.
        observedLcp: observed("observedLargestContentfulPaint"),
        observedFcp: observed("observedFirstContentfulPaint"),
        fcp: audit("first-contentful-paint"),
        tbt: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
        bytes: audit("total-byte-weight"),
        requests:
          (lhr.audits["network-requests"]?.details as { items?: unknown[] } | undefined)?.items
            ?.length ?? NaN,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      });
      console.log(
        `lighthouse run ${run + 1}/${RUNS} ${name}: LCP ${Math.round(samples[name].at(-1)!.lcp!)} ms`,
      );
    } finally {
      await chrome.kill();
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    Object.fromEntries(
      Object.keys(list[0] ?? {}).map((key) => [key, median(list.map((s) => s[key]!))]),
    ),
  ]),
) as Record<keyof typeof PAGES, Sample>;

// 3. Interaction on the 5,000-event story, 4x CPU slowdown.
const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`${BASE}/${BIG}/`, { waitUntil: "networkidle" });
await page.locator(".htl .tl-event--card").first().waitFor();
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

// Select → card painted, measured the way browsers measure responsiveness (Event Timing, as
// in INP): from a real click to the next paint after it. Chrome reports an interaction only
// when it takes 16 ms or more, so one it does not report counts as 16 ms.
await page.evaluate(`(() => {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId) ?? 0;
      window.__interactions.set(entry.interactionId, Math.max(known, entry.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
})()`);
const selectTimes: number[] = [];
for (let i = 0; i < 25; i++) {
  const buttons = page.locator(".htl .tl-event--card");
  const button = buttons.nth((i * 7) % (await buttons.count()));
  const title = (await button.locator(".tl-event__title").textContent()) ?? "";
  const box = await button.boundingBox();
  if (!box || !title) continue;
  await page.evaluate("window.__interactions.clear()");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // Waits, then checks once: Playwright's polling for the card would query all 84,000 nodes
  // while the page paints it, and slow the very frame being measured.
  await page.waitForTimeout(600);
  const shown = await page.locator("#timeline-card h2").textContent();
  if (shown?.trim() !== title.trim())
    throw new Error(`Clicked "${title}", the card shows "${shown}"`);
  const longest = (await page.evaluate("Math.max(0, ...window.__interactions.values())")) as number;
  selectTimes.push(Math.max(16, longest));
}

// The pointer goes to the plot before recording: finding the plot runs Playwright's own
// script in the page, which is not the timeline's cost.
const plot = (await page.locator(".htl__plot").boundingBox())!;
const cx = plot.x + plot.width / 2;
const cy = plot.y + plot.height / 2;
await page.mouse.move(cx, cy);
await page.waitForTimeout(300);
// A string, not a function: tsx would wrap named functions in a helper the page lacks.
await page.evaluate(`(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`);
for (let i = 0; i < 8; i++) {
  await page.mouse.wheel(0, -240);
  await page.waitForTimeout(50);
}
for (let i = 0; i < 4; i++) {
  await page.mouse.down();
  for (let x = 0; x <= 300; x += 20) await page.mouse.move(cx - x, cy);
  await page.mouse.up();
  await page.mouse.move(cx, cy);
}
for (let i = 0; i < 8; i++) {
  await page.mouse.wheel(0, 240);
  await page.waitForTimeout(50);
}
const frames = await page.evaluate(() => {
  const w = window as unknown as { __frames: number[]; __recording: boolean };
  w.__recording = false;
  return w.__frames.slice(1);
});
await browser.close();
server.kill();

// 4. Report.
const m = medians;
const ratio = (value: number, floor: number) =>
  floor > 0 ? `${(value / floor).toFixed(2)}×` : "—";
const rows: [string, string, number, string, string][] = [];
for (const name of ["page", "embed"] as const) {
  rows.push(
    [
      name,
      "LCP (ms)",
      m[name].lcp!,
      `≤ ${Math.round(m.floor.lcp! * 1.1)}`,
      ratio(m[name].lcp!, m.floor.lcp!),
    ],
    [
      name,
      "FCP (ms)",
      m[name].fcp!,
      `≤ ${Math.round(m.floor.fcp! * 1.1)}`,
      ratio(m[name].fcp!, m.floor.fcp!),
    ],
    [name, "TBT (ms)", m[name].tbt!, "≤ 20", ratio(m[name].tbt!, m.floor.tbt!)],
    [name, "CLS", m[name].cls!, "= 0", "—"],
    [name, "bytes (KB)", m[name].bytes! / 1024, "≤ 95", ratio(m[name].bytes!, m.floor.bytes!)],
    [name, "requests", m[name].requests!, "—", ratio(m[name].requests!, m.floor.requests!)],
    [name, "performance", m[name].performance!, "100", "—"],
    [name, "accessibility", m[name].accessibility!, "100", "—"],
    [name, "best practices", m[name].bestPractices!, "100", "—"],
    [name, "SEO", m[name].seo!, "100", "—"],
  );
}
rows.push(
  ["floor", "LCP (ms)", m.floor.lcp!, "—", "1.00×"],
  ["floor", "bytes (KB)", m.floor.bytes! / 1024, "—", "1.00×"],
  ["5,000 events", "click → card painted (INP), p95 (ms)", p95(selectTimes), "≤ 50", "—"],
  ["5,000 events", "zoom and pan frame time, p95 (ms)", p95(frames), "≤ 16.7", "—"],
  ["5,000 events", "zoom and pan, longest frame (ms)", Math.max(...frames), "—", "—"],
);
const format = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? "—"
    : Number.isInteger(value)
      ? String(value)
      : value.toFixed(value < 1 ? 3 : 1);
console.log("\n| page | figure | median | budget | vs floor |\n|---|---|---:|---:|---:|");
for (const [name, figure, value, budget, vs] of rows)
  console.log(`| ${name} | ${figure} | ${format(value)} | ${budget} | ${vs} |`);

for (const [name, audits] of Object.entries(failingAudits)) {
  if (audits.length > 0) console.log(`${name}: audits below full score: ${audits.join(", ")}`);
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(
  `\nMachine: ${machine}. Lighthouse 12.2.3, ${RUNS} runs each, mobile, simulated throttling.`,
);
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(
  join(ROOT, "bench/results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, medians: m, samples, failingAudits, selectTimes, frameTimes: frames, p95: { select: p95(selectTimes), frame: p95(frames) } }, null, 2)}\n`,
);
console.log("Wrote bench/results.json");
