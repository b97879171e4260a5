import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../../scripts/lib/story-files.ts";
import { convertTimelineJs } from "@/story/authoring/timelinejs/timelinejs.ts";
import { FIXTURES, imported, type Imported } from "./helpers.ts";

describe("TimelineJS media", () => {
  const media = JSON.parse(readFileSync(join(FIXTURES, "media.json"), "utf8")) as unknown;
  const { story, todo } = convertTimelineJs(media);
  const events = (story as unknown as Imported).events;

  it("keeps https pictures, by extension or from any site that is not a video or embed host", () => {
    expect(events[0]!.media).toEqual({
      url: "https://example.org/bilde.webp",
      alt: { nb: "Bildetekst" },
      caption: { nb: "Bildetekst" },
    });
    const other = imported({
      events: [{ start_date: { year: 2020 }, media: { url: "https://cdn.example.no/foto?id=7" } }],
    });
    expect(other.events[0]!.media).toMatchObject({ url: "https://cdn.example.no/foto?id=7" });
  });

  it("lists video and embed links instead of showing them as pictures", () => {
    expect(events.slice(1).map((e) => e.media)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(todo).toContain(
      'Slide 2 ("En video"): https://www.youtube.com/watch?v=abc123 is a video/embed link, which the timeline cannot show; add a picture or a link in the text.',
    );
    expect(todo).toContain(
      'Slide 3 ("Et kart"): https://www.google.com/maps/place/Bergen is a video/embed link, which the timeline cannot show; add a picture or a link in the text.',
    );
    for (const url of [
      "https://youtu.be/abc",
      "https://player.vimeo.com/video/1",
      "https://x.com/nrk/status/1",
      "https://twitter.com/nrk/status/1",
      "https://www.instagram.com/p/abc/",
      "https://www.facebook.com/nrk/videos/1",
      "https://www.tiktok.com/@nrk/video/1",
      "https://soundcloud.com/nrk/episode",
      "https://open.spotify.com/episode/abc",
      "https://maps.google.no/?q=Bergen",
    ]) {
      const result = convertTimelineJs({
        events: [{ start_date: { year: 2020 }, text: { headline: "E" }, media: { url } }],
      });
      expect((result.story as unknown as Imported).events[0]!.media, url).toBeUndefined();
      expect(result.todo[0], url).toContain("is a video/embed link");
    }
  });

  it("asks for https instead of an http: picture, which the pages' CSP would block", () => {
    expect(todo).toContain(
      'Slide 4 ("Usikkert bilde"): the picture http://example.org/bilde.jpg uses http:, which our pages block as mixed content (Content-Security-Policy); it was left out: add it again with an https: address.',
    );
  });

  it("drops data: and javascript: media, and says so", () => {
    expect(todo).toContain(
      'Slide 5 ("Innebygd bilde"): its media was a data: address, which was dropped; add a picture with an https: address.',
    );
    expect(todo).toContain(
      'Slide 6 ("Skript"): its media was a javascript: address, which was dropped; add a picture with an https: address.',
    );
  });
});

describe("the importer runs in a browser", () => {
  it("imports nothing from Node in src/story/authoring/timelinejs", () => {
    const folder = join(ROOT, "src/story/authoring/timelinejs");
    for (const name of readdirSync(folder)) {
      const source = readFileSync(join(folder, name), "utf8");
      expect(source, name).not.toMatch(/from\s+"(node:|fs"|path"|os"|url"|child_process")/);
      expect(source, name).not.toMatch(/\bprocess\.|\bBuffer\b/);
      expect(source, name).not.toMatch(/from\s+"csv-parse(\/sync)?"/);
    }
  });
});
