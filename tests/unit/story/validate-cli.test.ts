import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/lib/story-files.ts";

function runValidate(folder?: string) {
  const args = ["tsx", "scripts/validate.ts", ...(folder ? [folder] : [])];
  return spawnSync("npx", args, { cwd: ROOT, encoding: "utf8" });
}

describe("npm run validate", () => {
  it("passes on the bundled stories", () => {
    const result = runValidate();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("maduro-usa-2025: 20 events");
  });

  it("fails on a broken copy with one file:line  path  message line per problem", () => {
    // The folder's name is the story's slug, so it must be one (mkdtemp's suffix is not).
    const folder = join(mkdtempSync(join(tmpdir(), "validate-")), "broken-story");
    cpSync(join(ROOT, "data/stories/maduro-usa-2025"), folder, { recursive: true });
    const file = join(folder, "story.yaml");
    const broken = readFileSync(file, "utf8")
      .replace("date: 2025-11-21", "date: 2025-02-30")
      .replace(
        "threads: [icc]\n    explainers: [icc-maduro]",
        "threads: [war]\n    explainers: [icc-maduro]",
      );
    writeFileSync(file, broken);

    const result = runValidate(folder);
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.startsWith(file));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /story\.yaml:\d+ {2}events\[\d+\]\.threads\[0\] {2}expected the id of an entry in threads, found "war"/,
    );
    expect(lines[1]).toMatch(
      /story\.yaml:\d+ {2}events\[\d+\]\.date {2}expected a real calendar date, found "2025-02-30"/,
    );
  }, 30_000);
});
