import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/lib/story-files.ts";

describe("npm run build", () => {
  it("stops before touching the site when a story has a value the renderer cannot format", () => {
    const stories = mkdtempSync(join(tmpdir(), "build-stories-"));
    cpSync(join(ROOT, "data/stories/maduro-usa-2025"), join(stories, "mars-story"), {
      recursive: true,
    });
    const file = join(stories, "mars-story", "story.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("timeZone: Europe/Oslo", "timeZone: Mars/Olympus"),
    );
    const out = mkdtempSync(join(tmpdir(), "build-out-"));
    mkdirSync(join(out, "maduro-usa-2025"));
    writeFileSync(join(out, "maduro-usa-2025", "index.html"), "the last good site");

    const result = spawnSync("npx", ["tsx", "scripts/build.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, EXTRA_STORIES_DIR: stories, OUT_DIR: out },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /mars-story\/story\.yaml:\d+ {2}story\.timeZone {2}expected an IANA time zone such as Europe\/Oslo or America\/New_York, found "Mars\/Olympus"/,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, "maduro-usa-2025", "index.html"), "utf8")).toBe(
      "the last good site",
    );
  }, 60_000);
});
