import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkSizes,
  forRenderer,
  globToRegExp,
  sizeVerdicts,
  type SizeResult,
} from "../../../scripts/lib/size-budgets.ts";

describe("globToRegExp", () => {
  it("matches a hashed file name but not another folder", () => {
    expect(globToRegExp("assets/index-*.js").test("assets/index-D4aacv4X.js")).toBe(true);
    expect(globToRegExp("assets/index-*.js").test("assets/other/index-x.js")).toBe(false);
    expect(globToRegExp("embed.js").test("embedXjs")).toBe(false);
  });

  it("matches every page, at any depth, with **/", () => {
    const pages = globToRegExp("**/index.html");
    expect(pages.test("index.html")).toBe(true);
    expect(pages.test("maduro-usa-2025/en/embed/index.html")).toBe(true);
    expect(pages.test("maduro-usa-2025/index.htm")).toBe(false);
    expect(pages.test("assets/index-abc.js")).toBe(false);
  });
});

describe("checkSizes", () => {
  it("flags a file (script, style or page) over the first budget that matches it", () => {
    const dist = mkdtempSync(join(tmpdir(), "sizes-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "embed.js"), "x".repeat(100));
    // Random text barely compresses, so it stays over a small budget when gzipped.
    writeFileSync(
      join(dist, "assets", "index-abc.js"),
      Array.from({ length: 4000 }, () => Math.random().toString(36)).join(""),
    );
    mkdirSync(join(dist, "story", "en"), { recursive: true });
    writeFileSync(join(dist, "story", "en", "index.html"), "<p>short</p>");
    writeFileSync(
      join(dist, "story", "index.html"),
      Array.from({ length: 4000 }, () => Math.random().toString(36)).join(""),
    );
    const results = checkSizes(dist, [
      { pattern: "embed.js", gzip: 3072 },
      { pattern: "assets/*.js", gzip: 1000 },
      { pattern: "**/index.html", gzip: 1000 },
    ]);
    expect(results.map((r) => [r.file, r.over])).toEqual([
      ["assets/index-abc.js", true],
      ["embed.js", false],
      ["story/en/index.html", false],
      ["story/index.html", true],
    ]);
  });
});

describe("sizeVerdicts", () => {
  const page = { pattern: "**/index.html", gzip: 14336, content: true };
  const script = { pattern: "assets/*.js", gzip: 30000 };
  const results: SizeResult[] = [
    { file: "story/index.html", gzip: 15000, budget: page, over: true },
    { file: "story/en/index.html", gzip: 9000, budget: page, over: false },
    { file: "assets/x.js", gzip: 31000, budget: script, over: true },
    { file: "assets/y.js", gzip: 1000, budget: script, over: false },
  ];
  const files = (list: SizeResult[]) => list.map((r) => r.file);

  it("warns of a page over budget in a journalist's build, and fails on code over budget", () => {
    const { failures, warnings } = sizeVerdicts(results, false);
    expect(files(failures)).toEqual(["assets/x.js"]);
    expect(files(warnings)).toEqual(["story/index.html"]);
  });

  it("fails on both in a strict build (CI's)", () => {
    const { failures, warnings } = sizeVerdicts(results, true);
    expect(files(failures)).toEqual(["story/index.html", "assets/x.js"]);
    expect(warnings).toEqual([]);
  });
});

describe("forRenderer", () => {
  const budgets = [
    { pattern: "assets/index-*.js", gzip: 20_000, reactDomGzip: 84_000 },
    { pattern: "assets/*.css", gzip: 3_000 },
  ];

  it("keeps Preact's budgets, the default build's", () => {
    expect(forRenderer(budgets, undefined).map((b) => b.gzip)).toEqual([20_000, 3_000]);
    expect(forRenderer(budgets, "preact").map((b) => b.gzip)).toEqual([20_000, 3_000]);
  });

  it("gives a React DOM build its own ceiling where one is set, and the same elsewhere", () => {
    expect(forRenderer(budgets, "react").map((b) => b.gzip)).toEqual([84_000, 3_000]);
  });
});
