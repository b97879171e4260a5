import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { writeManyStoryPages, type PageJob } from "../../../scripts/lib/page-writer.ts";
import type { EntryServer } from "../../../scripts/lib/render-page.ts";
import type { Story } from "@/story/model/story.ts";

const dir = mkdtempSync(join(tmpdir(), "page-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for the server renderer: names the story, page and language it was asked for. */
function fakeEntry(name: string, body: string): { entry: EntryServer; entryFile: string } {
  const entryFile = join(dir, `${name}.mjs`);
  writeFileSync(
    entryFile,
    `export function renderStoryDocument(template, story, options) { ${body} }`,
  );
  return { entry: undefined as unknown as EntryServer, entryFile };
}

const story = { slug: "long", title: { nb: "Lang sak" } } as unknown as Story;
const storyFile = join(dir, "story.json");
writeFileSync(storyFile, JSON.stringify(story));
const jobs: PageJob[] = Array.from({ length: 400 }, (_, i) => ({
  path: join("long", "events", `p${i}`),
  options: { allLanguagesUrl: "/all.json", lang: "nb", listPage: `p${i}` },
}));

describe("writing many pages with a worker thread", () => {
  it("writes every page once, whichever thread rendered it", async () => {
    const { entryFile } = fakeEntry(
      "entry",
      "return `<p>${story.title.nb}: ${options.listPage}</p>`;",
    );
    const entry = (await import(pathToFileURL(entryFile).href)) as EntryServer;
    const dist = join(dir, "site");
    await writeManyStoryPages(
      { dist, template: { html: "", csp: "" }, entry, entryFile },
      story,
      storyFile,
      jobs,
    );
    const written = readdirSync(join(dist, "long", "events"));
    expect(written).toHaveLength(jobs.length);
    for (const i of [0, 199, 399]) {
      expect(readFileSync(join(dist, "long", "events", `p${i}`, "index.html"), "utf8")).toBe(
        `<p>Lang sak: p${i}</p>`,
      );
    }
  });

  it("fails when the worker's pages fail, so a broken page never ships", async () => {
    // Only the worker's share (the last pages) fails: this thread's pages succeed.
    const { entryFile } = fakeEntry(
      "breaks-late",
      "if (options.listPage === 'p399') throw new Error('cannot render p399'); return '';",
    );
    const entry = (await import(pathToFileURL(entryFile).href)) as EntryServer;
    await expect(
      writeManyStoryPages(
        { dist: join(dir, "broken"), template: { html: "", csp: "" }, entry, entryFile },
        story,
        storyFile,
        jobs,
      ),
    ).rejects.toThrow("cannot render p399");
  });
});
