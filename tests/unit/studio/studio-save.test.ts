import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveStory } from "../../../scripts/lib/studio-save.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";

const stories = () => mkdtempSync(join(tmpdir(), "studio-save-"));
const file = (dir: string, slug = "my-story") => join(dir, slug, "story.yaml");

describe("Save to project (the dev server's write endpoint)", () => {
  it("writes data/stories/<slug>/story.yaml, keeping the previous file as .bak", () => {
    const dir = stories();
    expect(saveStory({ slug: "my-story", text: MINIMAL_STORY }, dir)).toEqual({
      status: 200,
      body: { saved: "data/stories/my-story/story.yaml" },
    });
    expect(readFileSync(file(dir), "utf8")).toBe(MINIMAL_STORY);
    const edited = MINIMAL_STORY.replace("nb: Tittel", "nb: Redigert");
    expect(saveStory({ slug: "my-story", text: edited, base: MINIMAL_STORY }, dir).status).toBe(
      200,
    );
    expect(readFileSync(file(dir), "utf8")).toBe(edited);
    expect(readFileSync(`${file(dir)}.bak`, "utf8")).toBe(MINIMAL_STORY);
    // Written by a rename: no temp file is left behind.
    expect(readdirSync(join(dir, "my-story")).sort()).toEqual(["story.yaml", "story.yaml.bak"]);
  });

  it("refuses a slug that is not a plain folder name, or one the site uses", () => {
    const dir = stories();
    for (const slug of [
      "../../src/app",
      "../x",
      "Bad Slug",
      "a/b",
      "embed",
      "assets",
      "x".repeat(81),
    ]) {
      const answer = saveStory({ slug, text: MINIMAL_STORY }, dir);
      expect(answer.status, slug).toBe(400);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses an invalid story unless the journalist confirms", () => {
    const dir = stories();
    const broken = MINIMAL_STORY.replace(/date: \d{4}-\d{2}-\d{2}/, "date: 2025-02-31");
    const refused = saveStory({ slug: "my-story", text: broken }, dir);
    expect(refused.status).toBe(422);
    expect(existsSync(file(dir))).toBe(false);
    expect(saveStory({ slug: "my-story", text: broken, allowInvalid: true }, dir).status).toBe(200);
  });

  it("notices a file changed on disk since it was opened, and on overwrite keeps the other version", () => {
    const dir = stories();
    saveStory({ slug: "my-story", text: MINIMAL_STORY }, dir);
    const theirs = MINIMAL_STORY.replace("nb: Tittel", "nb: Deres");
    writeFileSync(file(dir), theirs);
    const mine = MINIMAL_STORY.replace("nb: Tittel", "nb: Min");
    expect(saveStory({ slug: "my-story", text: mine, base: MINIMAL_STORY }, dir)).toEqual({
      status: 409,
      body: { conflict: true, diskText: theirs },
    });
    expect(readFileSync(file(dir), "utf8")).toBe(theirs);
    const saved = saveStory(
      { slug: "my-story", text: mine, base: MINIMAL_STORY, overwrite: true },
      dir,
    );
    expect(saved.status).toBe(200);
    const kept = (saved.body as { keptOther?: string }).keptOther!;
    expect(readFileSync(join(dir, "my-story", kept), "utf8")).toBe(theirs);
    expect(readFileSync(file(dir), "utf8")).toBe(mine);
  });

  it("does not write through a symbolic link", () => {
    const dir = stories();
    const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
    symlinkSync(elsewhere, join(dir, "linked"));
    expect(saveStory({ slug: "linked", text: MINIMAL_STORY }, dir).status).toBe(403);
    mkdirSync(join(dir, "real"));
    symlinkSync(join(elsewhere, "x.yaml"), file(dir, "real"));
    expect(saveStory({ slug: "real", text: MINIMAL_STORY }, dir).status).toBe(403);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
