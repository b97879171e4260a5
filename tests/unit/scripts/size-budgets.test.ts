import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSizes, globToRegExp } from "../../../scripts/lib/size-budgets.ts";

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
