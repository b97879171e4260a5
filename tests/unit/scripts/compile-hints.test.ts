import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileHints } from "../../../scripts/lib/compile-hints.ts";

type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

describe("compileHints", () => {
  it("puts Chrome's compile hint first in the entry chunk only, and its source map a line down", () => {
    const dir = mkdtempSync(join(tmpdir(), "compile-hints-"));
    writeFileSync(join(dir, "index-a.js"), "const a=1;\n//# sourceMappingURL=index-a.js.map\n");
    writeFileSync(
      join(dir, "index-a.js.map"),
      JSON.stringify({ version: 3, mappings: "AAAA,CAAC" }),
    );
    writeFileSync(join(dir, "panel-b.js"), "export const b=2;\n");
    const bundle = {
      "index-a.js": {
        type: "chunk",
        isEntry: true,
        fileName: "index-a.js",
        sourcemapFileName: "index-a.js.map",
      },
      "panel-b.js": { type: "chunk", isEntry: false, fileName: "panel-b.js" },
      "style.css": { type: "asset", fileName: "style.css" },
    };
    (compileHints().writeBundle as WriteBundle)({ dir }, bundle);

    expect(readFileSync(join(dir, "index-a.js"), "utf8")).toBe(
      "//# allFunctionsCalledOnLoad\nconst a=1;\n//# sourceMappingURL=index-a.js.map\n",
    );
    // The code that was on line 1 is on line 2: its mappings follow it.
    const map = JSON.parse(readFileSync(join(dir, "index-a.js.map"), "utf8")) as object;
    expect(map).toEqual({ version: 3, mappings: ";AAAA,CAAC" });
    expect(readFileSync(join(dir, "panel-b.js"), "utf8")).toBe("export const b=2;\n");
  });
});
