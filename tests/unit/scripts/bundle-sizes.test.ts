import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBundles, staticClosure } from "../../../scripts/lib/bundle-sizes.ts";

function fakeDist() {
  const dist = mkdtempSync(join(tmpdir(), "bundles-"));
  mkdirSync(join(dist, "assets"));
  const write = (name: string, code: string) => writeFileSync(join(dist, name), code);
  write("index.html", `<script>import("/assets/index-a.js")</script>`);
  write("assets/index-a.js", `import{x}from"./react-b.js";import("./lazy-c.js");`);
  write("assets/react-b.js", `export const x=${JSON.stringify("r".repeat(500))};`);
  write("assets/lazy-c.js", `import{x}from"./react-b.js";import"./shared-d.js";`);
  write("assets/shared-d.js", `export const y=1;`);
  return dist;
}

describe("bundle budgets", () => {
  it("follow static imports but not lazy ones", () => {
    const dist = fakeDist();
    expect(staticClosure(dist, "assets/index-a.js").sort()).toEqual([
      "assets/index-a.js",
      "assets/react-b.js",
    ]);
  });

  it("count for a later step only what the reader does not have yet", () => {
    const dist = fakeDist();
    const files = [
      "assets/index-a.js",
      "assets/react-b.js",
      "assets/lazy-c.js",
      "assets/shared-d.js",
    ];
    const [page, lazy] = checkBundles(dist, files, [
      { name: "page", entries: ["page"], gzip: 10 },
      { name: "lazy", entries: ["assets/lazy-*.js"], after: ["page"], gzip: 10_000 },
    ]);
    expect(page!.files).toEqual(["assets/index-a.js", "assets/react-b.js"]);
    expect(page!.over).toBe(true);
    expect(lazy!.files).toEqual(["assets/lazy-c.js", "assets/shared-d.js"]);
    expect(lazy!.over).toBe(false);
  });
});
