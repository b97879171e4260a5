import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/lib/story-files.ts";

const guide = readFileSync(join(ROOT, "docs/authoring.md"), "utf8");
const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

/** Every command the guide tells a journalist to type, from its ```sh blocks. */
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);

function run(command: string, env: Record<string, string> = {}) {
  const [program, ...args] = command.split(/\s+/);
  return spawnSync(program!, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

describe("docs/authoring.md", () => {
  it("only tells journalists to run scripts that exist", () => {
    expect(commands).toContain("npm run new-story election-2027");
    for (const command of commands) {
      const script = /^npm (?:run )?([\w:-]+)/.exec(command)?.[1];
      expect(
        script === "install" || script === "start" || (script !== undefined && script in scripts),
        command,
      ).toBe(true);
    }
  });

  it("shows the screenshots it refers to", () => {
    for (const [, path] of guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      expect(existsSync(join(ROOT, "docs", path!)), path).toBe(true);
    }
  });

  it("works as written: new story, edit, validate, import, build", () => {
    const stories = mkdtempSync(join(tmpdir(), "guide-stories-"));
    const env = { STORIES_DIR: stories };
    expect(run("npm run new-story election-2027", env).status).toBe(0);
    const file = join(stories, "election-2027", "story.yaml");

    // The guide's event example, pasted in with a date of the wrong shape, then fixed.
    const edited = readFileSync(file, "utf8").replace(
      "title:\n    nb: Ny sak",
      "title:\n    nb: Valget 2027",
    );
    writeFileSync(file, edited.replace(/date: \d{4}-\d{2}-\d{2}/, "date: 2025-02-30"));
    const failed = run(`npm run validate ${join(stories, "election-2027")}`);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(
      /story\.yaml:\d+ {2}events\[0\]\.date {2}expected a real calendar date, found "2025-02-30"/,
    );
    writeFileSync(file, edited);
    expect(run(`npm run validate ${join(stories, "election-2027")}`).status).toBe(0);

    const drafts = mkdtempSync(join(tmpdir(), "guide-drafts-"));
    const imported = run(
      "npm run import:timelinejs tests/fixtures/timelinejs/sample.json imported",
      {
        STORIES_DIR: drafts,
      },
    );
    expect(imported.status).toBe(0);
    expect(readFileSync(join(drafts, "imported", "story.yaml"), "utf8")).toContain("# Still to do");

    const out = mkdtempSync(join(tmpdir(), "guide-dist-"));
    const built = spawnSync("npx", ["tsx", "scripts/build.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, EXTRA_STORIES_DIR: stories, OUT_DIR: out },
    });
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(join(out, "election-2027", "index.html"), "utf8")).toContain(
      "<h1>Valget 2027</h1>",
    );
  }, 120_000);
});
