import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllStories } from "../../../scripts/lib/story-files.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";

function storiesIn(folders: Record<string, string | { link: string }>) {
  const dir = mkdtempSync(join(tmpdir(), "story-folders-"));
  for (const [name, content] of Object.entries(folders)) {
    mkdirSync(join(dir, name), { recursive: true });
    if (typeof content === "string") writeFileSync(join(dir, name, "story.yaml"), content);
    else symlinkSync(content.link, join(dir, name, "story.yaml"));
  }
  return dir;
}

describe("story folders", () => {
  it("must be names the site can serve: no spaces, no # or ?, no letters outside a–z, no paths the site uses", () => {
    const names = ["Bad Slug", "a#b?c", "ünï", "embed", "assets", "x".repeat(300)];
    const dir = storiesIn(
      Object.fromEntries(names.map((name) => [name.slice(0, 200), MINIMAL_STORY])),
    );
    const { stories, problems } = loadAllStories(dir);
    expect(stories).toEqual([]);
    expect(problems).toHaveLength(names.length);
    for (const problem of problems) {
      expect(problem.message).toMatch(/^expected a folder name that can be the story's address: /);
      expect(problem.line).toBe(1);
    }
  });

  it("refuses a story.yaml that is a symbolic link, without showing what it points to", () => {
    const secret = join(mkdtempSync(join(tmpdir(), "secret-")), "id_rsa");
    writeFileSync(secret, "-----BEGIN PRIVATE KEY-----");
    const dir = storiesIn({ linked: { link: secret } });
    const { stories, problems } = loadAllStories(dir);
    expect(stories).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "expected story.yaml to be a file in the story's folder, found a symbolic link; copy the file in instead",
    ]);
    expect(JSON.stringify(problems)).not.toContain("PRIVATE KEY");
  });

  it("refuses a share image that is a symbolic link to a file elsewhere", () => {
    const secret = join(mkdtempSync(join(tmpdir(), "secret-")), "passwords.png");
    writeFileSync(secret, "hunter2");
    const withImage = MINIMAL_STORY.replace(
      "  credit:",
      "  image:\n    file: share.png\n    alt:\n      nb: Bilde\n      en: Picture\n  credit:",
    );
    const dir = storiesIn({ "my-story": withImage });
    symlinkSync(secret, join(dir, "my-story", "share.png"));
    const { stories, problems } = loadAllStories(dir);
    expect(stories).toEqual([]);
    expect(problems.map((p) => `${p.path.join(".")} ${p.message}`)).toEqual([
      'story.image.file expected the image as a file next to story.yaml (not a link to one), found no such file named "share.png"',
    ]);
  });
});

describe("reading a story folder", () => {
  it("places each warning on its line, and leaves warnings out for the build", () => {
    const dir = storiesIn({ minimal: MINIMAL_STORY });
    const { warnings } = loadAllStories(dir);
    const unhedged = warnings.find((w) => w.code === "unhedgedTitle");
    expect(unhedged?.path).toEqual(["events", 0, "title", "nb"]);
    expect(unhedged?.line).toBe(MINIMAL_STORY.split("\n").indexOf("      nb: Første") + 1);
    const forBuild = loadAllStories(dir, { warnings: false });
    expect(forBuild.warnings).toEqual([]);
    expect(forBuild.stories.map((s) => s.slug)).toEqual(["minimal"]);
  });

  it("names a problem's line whichever reader read the file", () => {
    const broken = MINIMAL_STORY.replace("    status: unconfirmed", "    status: rumoured");
    const dir = storiesIn({ broken });
    for (const options of [{}, { warnings: false }]) {
      const { stories, problems } = loadAllStories(dir, options);
      expect(stories).toEqual([]);
      expect(problems.map((p) => [p.line, p.path.join(".")])).toEqual([
        [broken.split("\n").indexOf("    status: rumoured") + 1, "events.0.status"],
      ]);
    }
  });
});
