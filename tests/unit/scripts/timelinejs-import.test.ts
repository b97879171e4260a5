import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { htmlToInline } from "../../../scripts/lib/timelinejs/html-to-inline.ts";
import { parseCsv } from "../../../scripts/lib/timelinejs/csv.ts";
import {
  convertTimelineJs,
  csvToTimelineJs,
  toDatePoint,
  type TjsDocument,
} from "../../../scripts/lib/timelinejs/timelinejs.ts";
import { validateStorySource } from "../../../src/story/validate-story-source.ts";

const FIXTURES = join(import.meta.dirname, "../../fixtures/timelinejs");
const json = JSON.parse(readFileSync(join(FIXTURES, "sample.json"), "utf8")) as TjsDocument;
const csv = csvToTimelineJs(readFileSync(join(FIXTURES, "sample.csv"), "utf8"));

// The importer's output is story.yaml's shape before it is complete, so it is read loosely here.
type Loose = Record<string, unknown>;
type Imported = {
  story: Loose;
  events: Array<Loose & { date: unknown; media?: Loose; threads?: string[]; status?: string }>;
  threads: Loose[];
};
const imported = (doc: TjsDocument) => convertTimelineJs(doc).story as unknown as Imported;

describe("TimelineJS import", () => {
  it("keeps dates at their precision, display dates and ranges", () => {
    expect(toDatePoint({ year: 2024 })).toBe("2024");
    expect(toDatePoint({ year: "2018", month: "2" })).toBe("2018-02");
    expect(toDatePoint({ year: 2025, month: 11, day: 1 })).toBe("2025-11-01");
    for (const doc of [json, csv]) {
      const dates = imported(doc).events.map((e) => e.date);
      expect(dates).toEqual([
        "2019-03-14",
        { from: "2021", to: "2023", label: { nb: "2021–2023" } },
        "2024-09",
        { on: "2025-09-08", label: { nb: "Valgdagen" } },
      ]);
    }
  });

  it("keeps headlines, turns text's HTML into our inline markup, and drops scripts", () => {
    const [first, , third] = imported(json).events;
    expect(first!.title).toEqual({ nb: "Partiet stiftes" });
    expect(first!.text).toEqual({
      nb: "Stiftet i Bergen, ifølge [referatet](https://example.org/kilde). Med **tre** medlemmer.",
    });
    expect(third!.text).toEqual({ nb: "Plakater over *hele* byen." });
    expect(htmlToInline('<a href="javascript:alert(1)">x</a> &amp; <img src=x onerror=y>')).toBe(
      "x &",
    );
  });

  it("turns groups into threads and keeps media credits", () => {
    for (const doc of [json, csv]) {
      const story = imported(doc);
      expect(story.threads).toEqual([
        { id: "partiet", title: { nb: "Partiet" } },
        { id: "valget", title: { nb: "Valget" } },
      ]);
      expect(story.events[0]!.threads).toEqual(["partiet"]);
      expect(story.events[0]!.media).toMatchObject({
        url: "https://example.org/images/stiftelse.jpg",
        credit: "Foto: Ola Nordmann / NTB",
        caption: { nb: "Stiftelsesmøtet" },
      });
      expect(story.events[3]!.media).toMatchObject({ credit: "NRK" });
    }
  });

  it("lists what a journalist still has to supply, and leaves out what has no date", () => {
    const { todo } = convertTimelineJs(json);
    expect(todo[0]).toBe('Slide 5 ("En rad uten dato") has no date and was left out.');
    expect(todo.join("\n")).toMatch(/status.*reportedBy/);
    expect(todo.join("\n")).toContain("English (en) translation");
    expect(todo.join("\n")).toContain("credit to the original reporting");
  });

  it("validates once the listed fields are filled", () => {
    for (const doc of [json, csv]) {
      const story = imported(doc);
      const unfilled = validateStorySource(stringify(story), "story.yaml").problems;
      expect(unfilled.some((p) => p.message.includes("missing translation"))).toBe(true);

      // A journalist's work: the second language, statuses, sources and the credit.
      const translate = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(translate);
        if (value && typeof value === "object") {
          const record = Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, translate(v)]),
          );
          return "nb" in record && !("en" in record)
            ? { ...record, en: `${record.nb} (en)` }
            : record;
        }
        return value;
      };
      const filled = translate(story) as Imported;
      Object.assign(filled.story, {
        summary: { nb: "Sammendrag", en: "Summary" },
        published: "2025-09-09T08:00:00+02:00",
        updated: "2025-09-09T08:00:00+02:00",
        credit: {
          publisher: "Avisa",
          title: { nb: "Valget", en: "The election" },
          published: "2025-09-09T08:00:00+02:00",
          language: "nb",
        },
      });
      for (const event of filled.events) event.status = "confirmed";
      expect(validateStorySource(stringify(filled), "story.yaml").problems).toEqual([]);
    }
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    expect(parseCsv('a,"b, ""c""",d\r\n"line\nbreak",,\n')).toEqual([
      ["a", 'b, "c"', "d"],
      ["line\nbreak", "", ""],
    ]);
  });
});
