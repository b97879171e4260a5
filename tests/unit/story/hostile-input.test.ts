import { describe, expect, it } from "vitest";
import { breakStory, MINIMAL_STORY, problemsOf } from "../../helpers/story-source.ts";

/*
 * Values the renderer would choke on, or that hide things from a reader, are stopped by
 * `npm run validate` with file, line and field, before a build can start.
 */
describe("validation of values the renderer must be able to show", () => {
  it("refuses a time zone the browser cannot format in", () => {
    const story = MINIMAL_STORY.replace("  credit:", "  timeZone: Mars/Olympus\n  credit:");
    expect(problemsOf(story)).toEqual([
      '12 story.timeZone expected an IANA time zone such as Europe/Oslo or America/New_York, found "Mars/Olympus"',
    ]);
  });

  it("refuses control characters, bidirectional overrides and text that is only invisible", () => {
    expect(problemsOf(breakStory("nb: Andre", 'nb: "Andre\\u001b[31m"'))).toEqual([
      "52 events[1].title.nb expected text without control characters, found U+001B",
    ]);
    expect(problemsOf(breakStory("nb: Andre", 'nb: "Andre \\u202eerdnA"'))).toEqual([
      "52 events[1].title.nb expected text without bidirectional overrides, found U+202E, which can make text read in another order",
    ]);
    expect(problemsOf(breakStory("nb: Andre", 'nb: "\\u200b\\u200d"'))).toEqual([
      "52 events[1].title.nb expected visible text, found only invisible characters",
    ]);
  });

  it("caps the length of titles, texts and ids, saying by how much", () => {
    expect(problemsOf(breakStory("nb: Andre", `nb: ${"a".repeat(50_000)}`))).toEqual([
      "52 events[1].title.nb expected at most 10000 characters, found 50000; split it into paragraphs or events",
    ]);
    expect(problemsOf(breakStory("nb: Andre", `nb: ${"Ord ".repeat(80)}`))).toEqual([
      "52 events[1].title.nb expected a title of at most 300 characters, found 319; put the rest in the text",
    ]);
    const longId = `e${"-x".repeat(100)}`;
    expect(problemsOf(breakStory("id: second", `id: ${longId}`))).toEqual([
      "47 events[1].id expected an id of at most 120 characters, found one of 201",
    ]);
  });

  it("asks for https pictures, which the pages' security policy lets through", () => {
    const story = breakStory(
      "    status: confirmed\nexplainers:",
      "    status: confirmed\n    media:\n      url: http://example.org/a.jpg\n      alt:\n        nb: Bilde\n        en: Picture\nexplainers:",
    );
    expect(problemsOf(story)).toEqual([
      '56 events[1].media.url expected a picture address starting with https:// (pages block http: pictures), found "http://example.org/a.jpg"',
    ]);
  });
});

describe("validation of YAML aliases", () => {
  it("accepts an anchor reused for every event (legitimate reuse, a hundred times and more)", () => {
    const events = Array.from(
      { length: 150 },
      (_, i) =>
        `  - id: e${i}\n    date: 2025-11-21\n    title: { nb: Tittel ${i}, en: Title ${i} }\n    status: reported\n    attribution: *src`,
    ).join("\n");
    const story = MINIMAL_STORY.replace(
      /\nevents:\n[\s\S]*?\nexplainers:/,
      `\nevents:\n${events}\nexplainers:`,
    );
    const withAnchor = story.replace(
      "  - id: e0\n    date: 2025-11-21\n    title: { nb: Tittel 0, en: Title 0 }\n    status: reported\n    attribution: *src",
      "  - id: e0\n    date: 2025-11-21\n    title: { nb: Tittel 0, en: Title 0 }\n    status: reported\n    attribution: &src\n      reportedBy:\n        - source: agency",
    );
    expect(problemsOf(withAnchor)).toEqual([]);
  });

  it("refuses a billion-laughs file with a clear message, not a crash", () => {
    const laughs = [
      "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
      ...Array.from({ length: 8 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const previous = String.fromCharCode(97 + i);
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`;
      }),
      "story: *i",
    ].join("\n");
    const problems = problemsOf(laughs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^1 \(top level\) expected aliases \(\*name\) that expand to a reasonable size, found too many/,
    );
  });
});
