import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { toDatePoint } from "@/story/authoring/timelinejs/dates.ts";
import { htmlToInline } from "@/story/authoring/timelinejs/html-to-inline.ts";
import { importTimelineJs } from "@/story/authoring/timelinejs/import-timelinejs.ts";
import { TimelineJsError } from "@/story/authoring/timelinejs/read-document.ts";
import { convertTimelineJs } from "@/story/authoring/timelinejs/timelinejs.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { json, csv, imported, type Loose, type Imported } from "./helpers.ts";

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
    expect(imported(json).story["title"]).toEqual({ nb: "Valget i «Eksempelland»" });
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

describe("hostile or broken TimelineJS files", () => {
  it("reports a slide that is not an object instead of crashing", () => {
    const { story, todo } = convertTimelineJs(JSON.parse('{"events":[null]}'));
    expect(story["events"]).toEqual([]);
    expect(todo[0]).toBe("Slide 1 is not an event (found null) and was left out.");
    expect(todo[1]).toContain("No event could be imported");
  });

  it("reads a numeric headline as text", () => {
    const { todo } = convertTimelineJs(JSON.parse('{"events":[{"text":{"headline":42}}]}'));
    expect(todo[0]).toBe('Slide 1 ("42") has no date and was left out.');
    const dated = imported({ events: [{ start_date: { year: 2024 }, text: { headline: 42 } }] });
    expect(dated.events[0]!.title).toEqual({ nb: "42" });
  });

  it("says a date it cannot read, rather than inventing one", () => {
    const { story, todo } = convertTimelineJs({
      events: [
        { start_date: { year: "2024", month: "13" }, text: { headline: "Feil måned" } },
        { start_date: { year: "2024" }, end_date: { year: "snart" }, text: { headline: "Slutt" } },
      ],
    });
    expect(todo[0]).toBe(
      'Slide 1 ("Feil måned") has a date the timeline cannot read (year "2024", month "13") and was left out.',
    );
    expect(todo[1]).toContain('Slide 2 ("Slutt"): its end date cannot be read');
    expect((story["events"] as Loose[]).map((e) => e["date"])).toEqual(["2024"]);
  });

  it("refuses a top-level array or string with a clear message", () => {
    expect(() => convertTimelineJs([])).toThrow(TimelineJsError);
    expect(importTimelineJs("[]", "json")).toEqual({
      ok: false,
      message:
        'not a TimelineJS file (expected a JSON object with an "events" list, found a list).',
    });
    expect(importTimelineJs('"events"', "json")).toEqual({
      ok: false,
      message: 'not a TimelineJS file (expected a JSON object with an "events" list, found text).',
    });
    expect(importTimelineJs('{"events":{}}', "json")).toMatchObject({
      ok: false,
      message: expect.stringContaining('expected an "events" list, found an object'),
    });
    expect(importTimelineJs("{not json", "json")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^not a TimelineJS file \(.*JSON/),
    });
  });
});
