/**
 * `npm run bench`: builds the site (with a generated 5,000-event story), serves dist/ on
 * loopback the way static hosts do, twice: with brotli and gzip (a CDN) and with gzip only
 * (GitHub Pages, many newsroom servers), and measures:
 *   1. Lighthouse 12 (mobile, simulated throttling), three runs each, alternating pages and
 *      hosts, of the story page, the embed, and a plain static page of the story's text (the
 *      floor), so drift on a noisy machine hits them all alike;
 *   2. each story's largest first response (page HTML), gzip and brotli;
 *   3. in Chromium with 4× CPU slowdown on the 5,000-event story: click → card painted and
 *      frame times while zooming and panning (1280 px), tap → card painted and app start on a
 *      phone (390 px, touch); each click and tap beside its floor, the same change made to the
 *      same page without the app's code;
 *   4. the studio: keystroke → preview shows it, on the bundled story.
 * Prints a table with budgets, writes bench/results.json, and exits 1 when a budget is missed.
 * BENCH_ONLY=lighthouse,weight,interaction,phone,studio runs only the parts listed;
 * BENCH_REUSE_BUILD=1 measures the dist/ a previous bench built.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { generateStoryYaml } from "./lib/generate-story.ts";
import { ROOT } from "./lib/story-files.ts";
import { writeFloorPage } from "./lib/floor-page.ts";
import { measureInteraction } from "./lib/bench/interaction.ts";
import { measurePhoneTaps } from "./lib/bench/phone-taps.ts";
import { measureStudioPreview } from "./lib/bench/studio-latency.ts";
import { runLighthouse } from "./lib/bench/lighthouse.ts";
import { largestPage } from "./lib/bench/page-weight.ts";
import { printReport, type Row } from "./lib/bench/report.ts";
import { FRAME_MS, inWholeFrames, median, p95 } from "./lib/bench/stats.ts";
import { resolveBrowserPath } from "./resolve-browser.ts";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const DIST = join(ROOT, "dist");
const BIG = "generated-5000";
const BUNDLED = "maduro-usa-2025";
const PARTS = (process.env["BENCH_ONLY"] ?? "lighthouse,weight,interaction,phone,studio").split(
  ",",
);
const runs = (part: string) => PARTS.includes(part);
/** The two hosts: what each offers, and the first-load budget (TimelineJS served alike). */
const HOSTS = {
  brotli: { port: 4190, encodings: "br,gzip", maxKB: 82 },
  gzip: { port: 4192, encodings: "gzip", maxKB: 95 },
} as const;
type Host = keyof typeof HOSTS;
const baseOf = (host: Host) => `http://127.0.0.1:${HOSTS[host].port}`;

// 1. Build, with the generated story beside the real ones.
const extra = mkdtempSync(join(tmpdir(), "bench-stories-"));
mkdirSync(join(extra, BIG));
writeFileSync(join(extra, BIG, "story.yaml"), generateStoryYaml(5000));
const built = process.env["BENCH_REUSE_BUILD"]
  ? { status: 0 }
  : spawnSync("npx", ["tsx", "scripts/build.ts"], {
      cwd: ROOT,
      stdio: "inherit",
      // Absolute canonical and share URLs, as a real deployment has (data/site.yaml's siteUrl).
      env: { ...process.env, EXTRA_STORIES_DIR: extra, SITE_URL: baseOf("brotli") },
    });
if (built.status !== 0) process.exit(built.status ?? 1);
writeFloorPage(DIST);

/** Each server runs in a process of its own, so Lighthouse's work cannot slow its answers. */
function startServer(host: Host): Promise<ChildProcess> {
  const { port, encodings } = HOSTS[host];
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/lib/serve-static-cli.ts", DIST, String(port), "/", encodings],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  process.on("exit", () => server.kill());
  return new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(server);
    });
    server.on("exit", (code) => reject(new Error(`The ${host} server stopped (${code}).`)));
  });
}
const servers = await Promise.all([startServer("brotli"), startServer("gzip")]);
const chromePath = await resolveBrowserPath();
const rows: Row[] = [];

// 2. Lighthouse: every page on both hosts, alternating.
const PAGES = { floor: "/bench-floor/", page: "/", embed: "/embed/" } as const;
const targets = Object.fromEntries(
  (Object.keys(HOSTS) as Host[]).flatMap((host) =>
    Object.entries(PAGES).map(([name, path]) => [`${name} (${host})`, `${baseOf(host)}${path}`]),
  ),
);
const lighthouse = await runLighthouse(targets, runs("lighthouse") ? RUNS : 0, chromePath);
const medianOf = (target: string, key: string) =>
  median((lighthouse.samples[target] ?? []).map((sample) => sample[key] ?? NaN));
if (runs("lighthouse")) {
  for (const host of Object.keys(HOSTS) as Host[]) {
    const floor = (key: string) => medianOf(`floor (${host})`, key);
    const vs = (value: number, key: string) => `${(value / floor(key)).toFixed(2)}×`;
    for (const name of ["page", "embed"] as const) {
      const target = `${name} (${host})`;
      const at = (key: string) => medianOf(target, key);
      const kb = at("bytes") / 1024;
      rows.push(
        {
          group: target,
          figure: "LCP (ms)",
          value: at("lcp"),
          max: floor("lcp") * 1.1,
          vs: vs(at("lcp"), "lcp"),
        },
        { group: target, figure: "FCP (ms)", value: at("fcp"), vs: vs(at("fcp"), "fcp") },
        { group: target, figure: "TBT (ms)", value: at("tbt"), max: 20 },
        { group: target, figure: "CLS", value: at("cls"), max: 0 },
        {
          group: target,
          figure: "bytes on first load (KB)",
          value: kb,
          max: HOSTS[host].maxKB,
          vs: vs(at("bytes"), "bytes"),
        },
        {
          group: target,
          figure: "requests",
          value: at("requests"),
          vs: vs(at("requests"), "requests"),
        },
        { group: target, figure: "performance", value: at("performance"), min: 100 },
        { group: target, figure: "accessibility", value: at("accessibility"), min: 100 },
        { group: target, figure: "best practices", value: at("bestPractices"), min: 100 },
        { group: target, figure: "SEO", value: at("seo"), min: 100 },
      );
    }
    rows.push(
      { group: `floor (${host})`, figure: "LCP (ms)", value: floor("lcp"), vs: "1.00×" },
      {
        group: `floor (${host})`,
        figure: "bytes on first load (KB)",
        value: floor("bytes") / 1024,
        vs: "1.00×",
      },
    );
  }
}

// 3. First responses: each story's largest page, as each host sends it.
const weights = runs("weight")
  ? { bundled: largestPage(DIST, BUNDLED), big: largestPage(DIST, BIG) }
  : null;
if (weights) {
  for (const [label, weight] of [
    ["bundled story", weights.bundled],
    ["5,000 events", weights.big],
  ] as const) {
    const figure = `largest page's HTML (KB), ${weight.file}`;
    rows.push(
      { group: `${label} (gzip)`, figure, value: weight.gzip / 1024, max: 14 },
      { group: `${label} (brotli)`, figure, value: weight.brotli / 1024, max: 14 },
    );
  }
}

// 4. Interaction on the 5,000-event story, 4× CPU slowdown, on the brotli host. Each beside
// its floor: the browser's own cost of the same change to the same page (floor-interaction.ts).
// A p95 of 15 or 25 is nearly the slowest of them: the medians say more from run to run.
function withFloor(group: string, what: string, times: number[], floor: number[]): Row[] {
  const ratio = (of: (values: number[]) => number) => `${(of(times) / of(floor)).toFixed(2)}×`;
  return [
    { group, figure: `${what} (INP), p95 (ms)`, value: p95(times), max: 50, vs: ratio(p95) },
    { group, figure: `${what} (INP), median (ms)`, value: median(times), vs: ratio(median) },
    { group, figure: "the same, floor (no framework), p95 (ms)", value: p95(floor), vs: "1.00×" },
    { group, figure: "the same, floor, median (ms)", value: median(floor), vs: "1.00×" },
    // A page's first is the slowest, its code and the card's layout run for the first time
    // (the floor's are measured after the app's): a reader's INP when they click once or twice.
    { group, figure: `${what}, the page's first (ms)`, value: times[0] ?? 0 },
  ];
}
const wide = runs("interaction")
  ? await measureInteraction(baseOf("brotli"), `/${BIG}/`, chromePath)
  : null;
if (wide) {
  rows.push(
    ...withFloor(
      "5,000 events, 1280 px",
      "click → card painted",
      wide.selectTimes,
      wide.floorTimes,
    ),
    {
      group: "5,000 events, 1280 px",
      figure: "zoom and pan frame time, p95 (ms, in whole frames of 60 Hz)",
      value: p95(inWholeFrames(wide.frames)),
      max: 16.7,
    },
    {
      group: "5,000 events, 1280 px",
      figure: "zoom and pan, frames that missed the display's next frame (%)",
      value:
        (100 * wide.frames.filter((delta) => delta > 1.5 * FRAME_MS).length) / wide.frames.length,
    },
    {
      group: "5,000 events, 1280 px",
      figure: "zoom and pan, longest frame (ms)",
      value: Math.max(...wide.frames),
    },
    {
      group: "5,000 events, 1280 px",
      figure: "once the reader pauses, the plot laid out again: longest frame (ms)",
      value: Math.max(...wide.settleFrames),
    },
    {
      group: "5,000 events, 1280 px",
      figure: "the same after a pan of 300 px: longest frame (ms)",
      value: Math.max(...wide.panSettleFrames),
    },
  );
}
const phone = runs("phone")
  ? await measurePhoneTaps(baseOf("brotli"), `/${BIG}/`, chromePath)
  : null;
if (phone) {
  rows.push(
    {
      group: "5,000 events, phone",
      figure: "app ready after (ms)",
      value: phone.startMs,
      max: 1500,
    },
    ...withFloor("5,000 events, phone", "tap → card painted", phone.tapTimes, phone.floorTimes),
    ...withFloor(
      "5,000 events, phone, 2,000 events down",
      "tap → card painted",
      phone.deepTimes,
      phone.deepFloorTimes,
    ),
  );
}

// 5. The studio: a keystroke in the YAML to the preview showing it, on the bundled story.
const studioTimes = runs("studio")
  ? await measureStudioPreview(baseOf("brotli"), BUNDLED, chromePath)
  : [];
if (runs("studio")) {
  rows.push(
    {
      group: "studio, 20 events",
      figure: "keystroke → preview shows it, median (ms)",
      value: median(studioTimes),
    },
    {
      group: "studio, 20 events",
      figure: "keystroke → preview shows it, p95 (ms)",
      value: p95(studioTimes),
      max: 200,
    },
  );
}
for (const server of servers) server.kill();

// 6. Report.
const missed = printReport(rows);
for (const [name, audits] of Object.entries(lighthouse.failingAudits)) {
  if (audits.length > 0) console.log(`${name}: audits below full score: ${audits.join(", ")}`);
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(
  `\nMachine: ${machine}. Lighthouse 12.2.3, ${RUNS} runs each, mobile, simulated throttling.`,
);
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(
  join(ROOT, "bench/results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, parts: PARTS, rows, samples: lighthouse.samples, failingAudits: lighthouse.failingAudits, weights, wide, phone, studioTimes }, null, 2)}\n`,
);
console.log("Wrote bench/results.json");
if (missed.length > 0) {
  console.error(
    `\n${missed.length} budget(s) missed: ${missed.map((r) => `${r.group} ${r.figure}`).join("; ")}`,
  );
  process.exit(1);
}
