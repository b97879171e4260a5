import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/lib/story-files.ts";

describe("the dev server (npm start)", () => {
  let server: ViteDevServer;
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), "dev-stories-"));
  const file = join(dir, "draft-story", "story.yaml");

  beforeAll(async () => {
    cpSync(join(ROOT, "data/stories/maduro-usa-2025"), join(dir, "draft-story"), {
      recursive: true,
    });
    process.env["EXTRA_STORIES_DIR"] = dir;
    server = await createServer({
      root: ROOT,
      logLevel: "silent",
      server: { port: 0, host: "127.0.0.1", hmr: false },
    });
    await server.listen();
    const address = server.httpServer!.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    delete process.env["EXTRA_STORIES_DIR"];
    await server?.close();
  });

  const get = (path: string) => fetch(`${base}${path}`, { headers: { Accept: "text/html" } });

  it("renders a story from its story.yaml, shows a validation error with file, line and field, and recovers", async () => {
    const good = readFileSync(file, "utf8");
    expect((await get("/draft-story/")).status).toBe(200);

    writeFileSync(file, good.replace("date: 2025-11-21", "date: 2025-11-31"));
    const broken = await get("/draft-story/");
    expect(broken.status).toBe(500);
    const page = await broken.text();
    expect(page).toMatch(
      /draft-story\/story\.yaml:\d+ {2}events\[\d+\]\.date {2}expected a real calendar date, found &quot;2025-11-31&quot;/,
    );

    writeFileSync(file, good);
    const fixed = await get("/draft-story/");
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain("<h1>Maduro trosset USAs frist om å gå av</h1>");
  }, 60_000);

  it("serves a page as production does: its language in a file, all of them in another, CSP, start after paint", async () => {
    const html = await (await get("/draft-story/")).text();
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/script-src 'self' 'sha256-[^']+'/);
    // The app's entry is imported by the start-up line after the first paint, not by a tag.
    expect(html).not.toMatch(/<script type="module"[^>]*src="\/src\/app\/entry-client\.tsx"/);
    expect(html).toContain('import("/src/app/entry-client.tsx")');
    const data =
      /<script type="application\/json" id="story-data" data-src="([^"]+)" data-all-languages="([^"]+)"><\/script>/.exec(
        html,
      );
    expect(data?.[1]).toBe("/__story-data/draft-story.nb.json");
    expect(data?.[2]).toBe("/__story-data/draft-story.json");
    const own = await fetch(`${base}${data![1]}`);
    expect((await own.json()).title).toEqual({ nb: "Maduro trosset USAs frist om å gå av" });
    const all = await fetch(`${base}${data![2]}`);
    expect(all.headers.get("content-type")).toContain("application/json");
    expect((await all.json()).title.en).toBe("Maduro defied the US deadline to step down");
  }, 60_000);
});
