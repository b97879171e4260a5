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
import { generateStoryYaml } from "./lib/generate-story.ts";
import { ROOT } from "./lib/story-files.ts";
import { writeFloorPage } from "./lib/floor-page.ts";
import { measureInteraction } from "./lib/bench/interaction.ts";
import { measureStudioPreview } from "./lib/bench/studio-latency.ts";
import { runLighthouse, type Sample } from "./lib/bench/lighthouse.ts";
import { median, p95 } from "./lib/bench/stats.ts";
import { resolveBrowserPath } from "./resolve-browser.ts";

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const DIST = join(ROOT, "dist");
const BIG = "generated-5000";

// 1. Build, with the generated story beside the real ones.
const extra = mkdtempSync(join(tmpdir(), "bench-stories-"));
mkdirSync(join(extra, BIG));
writeFileSync(join(extra, BIG, "story.yaml"), generateStoryYaml(5000));
// BENCH_REUSE_BUILD=1 measures the dist/ a previous bench built (quick work on one figure).
const built = process.env["BENCH_REUSE_BUILD"]
  ? { status: 0 }
  : spawnSync("npx", ["tsx", "scripts/build.ts"], {
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
const PAGES = { floor: "/bench-floor/", page: "/", embed: "/embed/" } as const;
// BENCH_ONLY=interaction skips Lighthouse, for quick work on the timeline's speed.
const lighthouseRuns = ["interaction", "studio"].includes(process.env["BENCH_ONLY"] ?? "")
  ? 0
  : RUNS;
const { samples, failingAudits } = await runLighthouse(BASE, PAGES, lighthouseRuns, chromePath);
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    Object.fromEntries(
      Object.keys(list[0] ?? {}).map((key) => [key, median(list.map((s) => s[key]!))]),
    ),
  ]),
) as Record<keyof typeof PAGES, Sample>;

// 3. Interaction on the 5,000-event story, 4x CPU slowdown.
const only = process.env["BENCH_ONLY"];
const { selectTimes, frames } =
  only === "studio"
    ? { selectTimes: [], frames: [] }
    : await measureInteraction(BASE, `/${BIG}/`, chromePath);

// 4. The studio: a keystroke in a form to the preview showing it, on the bundled story.
const studioTimes = await measureStudioPreview(BASE, "maduro-usa-2025", chromePath);
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
  ["studio, 20 events", "keystroke → preview shows it, median (ms)", median(studioTimes), "—", "—"],
  ["studio, 20 events", "keystroke → preview shows it, p95 (ms)", p95(studioTimes), "≤ 200", "—"],
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
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, medians: m, samples, failingAudits, selectTimes, frameTimes: frames, studioTimes, p95: { select: p95(selectTimes), frame: p95(frames), studio: p95(studioTimes) } }, null, 2)}\n`,
);
console.log("Wrote bench/results.json");
