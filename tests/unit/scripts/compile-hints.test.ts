import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileHints } from "../../../scripts/lib/compile-hints.ts";

type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

const HINT = "//# allFunctionsCalledOnLoad\n";

describe("compileHints", () => {
  it("puts Chrome's compile hint first in the chunks a page starts with, and their maps a line down", () => {
    const dir = mkdtempSync(join(tmpdir(), "compile-hints-"));
    writeFileSync(join(dir, "index-a.js"), "const a=1;\n//# sourceMappingURL=index-a.js.map\n");
    writeFileSync(
      join(dir, "index-a.js.map"),
      JSON.stringify({ version: 3, mappings: "AAAA,CAAC" }),
    );
    writeFileSync(join(dir, "renderer-c.js"), "export const c=3;\n");
    writeFileSync(join(dir, "shared-d.js"), "export const d=4;\n");
    writeFileSync(join(dir, "panel-b.js"), "export const b=2;\n");
    const bundle = {
      "index-a.js": {
        type: "chunk",
        isEntry: true,
        fileName: "index-a.js",
        sourcemapFileName: "index-a.js.map",
        imports: ["renderer-c.js"],
        dynamicImports: ["panel-b.js"],
      },
      // Imported by what the entry imports: loaded at the start too, hinted once.
      "renderer-c.js": {
        type: "chunk",
        isEntry: false,
        fileName: "renderer-c.js",
        imports: ["shared-d.js"],
      },
      "shared-d.js": { type: "chunk", isEntry: false, fileName: "shared-d.js", imports: [] },
      // Loaded later, when asked for: only part of it runs, so no hint.
      "panel-b.js": {
        type: "chunk",
        isEntry: false,
        fileName: "panel-b.js",
        imports: ["shared-d.js"],
      },
      "style.css": { type: "asset", fileName: "style.css" },
    };
    (compileHints().writeBundle as WriteBundle)({ dir }, bundle);

    expect(readFileSync(join(dir, "index-a.js"), "utf8")).toBe(
      `${HINT}const a=1;\n//# sourceMappingURL=index-a.js.map\n`,
    );
    // The code that was on line 1 is on line 2: its mappings follow it.
    const map = JSON.parse(readFileSync(join(dir, "index-a.js.map"), "utf8")) as object;
    expect(map).toEqual({ version: 3, mappings: ";AAAA,CAAC" });
    expect(readFileSync(join(dir, "renderer-c.js"), "utf8")).toBe(`${HINT}export const c=3;\n`);
    expect(readFileSync(join(dir, "shared-d.js"), "utf8")).toBe(`${HINT}export const d=4;\n`);
    expect(readFileSync(join(dir, "panel-b.js"), "utf8")).toBe("export const b=2;\n");
  });
});
