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
});

describe("checkSizes", () => {
  it("flags a file over the first budget that matches it", () => {
    const dist = mkdtempSync(join(tmpdir(), "sizes-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "embed.js"), "x".repeat(100));
    // Random text barely compresses, so it stays over a small budget when gzipped.
    writeFileSync(
      join(dist, "assets", "index-abc.js"),
      Array.from({ length: 4000 }, () => Math.random().toString(36)).join(""),
    );
    const results = checkSizes(dist, [
      { pattern: "embed.js", gzip: 3072 },
      { pattern: "assets/*.js", gzip: 1000 },
    ]);
    expect(results.map((r) => [r.file, r.over])).toEqual([
      ["assets/index-abc.js", true],
      ["embed.js", false],
    ]);
  });
});
