import { describe, expect, it } from "vitest";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";
import { changes, edit } from "./text-changes.ts";

describe("applyEdits on the minimal story", () => {
  it("sets a scalar in place, quoting only when it must", () => {
    expect(
      edit(MINIMAL_STORY, { kind: "set", path: ["events", 0, "title", "en"], value: "The first" }),
    ).toEqual({
      line: 39,
      removed: ["      en: First"],
      added: ["      en: The first"],
    });
    expect(
      edit(MINIMAL_STORY, {
        kind: "set",
        path: ["events", 0, "title", "en"],
        value: "First: a test",
      }).added,
    ).toEqual(['      en: "First: a test"']);
  });

  it("writes numbers, booleans, null, and strings that look like them", () => {
    const at = (value: unknown) =>
      edit(MINIMAL_STORY, { kind: "set", path: ["story", "credit", "publisher"], value }).added;
    expect([2014, 1.5, true, null, "2014", "true", "null", "", "yes"].map((v) => at(v)[0])).toEqual(
      [
        "    publisher: 2014",
        "    publisher: 1.5",
        "    publisher: true",
        "    publisher: null",
        '    publisher: "2014"',
        '    publisher: "true"',
        '    publisher: "null"',
        '    publisher: ""',
        "    publisher: yes",
      ],
    );
  });

  it("writes a string with a line break on one line, double-quoted", () => {
    expect(
      edit(MINIMAL_STORY, {
        kind: "set",
        path: ["events", 1, "title", "nb"],
        value: 'To\nlinjer "her"',
      }),
    ).toEqual({
      line: 52,
      removed: ["      nb: Andre"],
      added: ['      nb: "To\\nlinjer \\"her\\""'],
    });
  });

  it("writes a date as a range and back as a day, re-writing only the date entry", () => {
    const range = applyEdits(MINIMAL_STORY, [
      { kind: "set", path: ["events", 0, "date"], value: { from: 2014, to: 2017 } },
    ]);
    expect(changes(MINIMAL_STORY, range)).toEqual({
      line: 36,
      removed: ["    date: 2025-11-21"],
      added: ["    date:", "      from: 2014", "      to: 2017"],
    });
    const back = applyEdits(range, [
      { kind: "set", path: ["events", 0, "date"], value: "2025-11-21" },
    ]);
    expect(back).toBe(MINIMAL_STORY);
  });

  it("creates a missing field, and the maps on the way, after the last key of its map", () => {
    expect(
      edit(MINIMAL_STORY, {
        kind: "set",
        path: ["events", 0, "text", "en"],
        value: "What happened.",
      }),
    ).toEqual({
      line: 47,
      removed: [],
      added: ["    text:", "      en: What happened."],
    });
    expect(
      edit(MINIMAL_STORY, { kind: "set", path: ["story", "credit", "note", "nb"], value: "Merk" }),
    ).toEqual({
      line: 20,
      removed: [],
      added: ["    note:", "      nb: Merk"],
    });
  });

  it("sets a map to a map by changing only the keys that differ", () => {
    const value = { nb: "Første", en: "Changed" };
    expect(edit(MINIMAL_STORY, { kind: "set", path: ["events", 0, "title"], value })).toEqual({
      line: 39,
      removed: ["      en: First"],
      added: ["      en: Changed"],
    });
  });

  it("appends an event in block style at the end of events", () => {
    const value = {
      id: "third",
      date: "2025-12-01",
      title: { nb: "Tredje", en: "Third" },
      status: "confirmed",
      threads: ["main"],
    };
    expect(edit(MINIMAL_STORY, { kind: "insert", path: ["events"], index: 2, value })).toEqual({
      line: 55,
      removed: [],
      added: [
        "  - id: third",
        "    date: 2025-12-01",
        "    title:",
        "      nb: Tredje",
        "      en: Third",
        "    status: confirmed",
        "    threads: [main]",
      ],
    });
  });

  it("inserts a list item first, or between two", () => {
    expect(
      edit(MINIMAL_STORY, { kind: "insert", path: ["sources"], index: 0, value: { id: "court" } }),
    ).toEqual({
      line: 26,
      removed: [],
      added: ["  - id: court"],
    });
    expect(
      edit(MINIMAL_STORY, { kind: "insert", path: ["sources"], index: 1, value: { id: "court" } }),
    ).toEqual({
      line: 30,
      removed: [],
      added: ["  - id: court"],
    });
  });

  it("keeps a flow list a flow list", () => {
    expect(
      edit(MINIMAL_STORY, {
        kind: "insert",
        path: ["events", 0, "threads"],
        index: 1,
        value: "war, peace",
      }),
    ).toEqual({
      line: 45,
      removed: ["    threads: [main]"],
      added: ['    threads: [main, "war, peace"]'],
    });
    expect(
      edit(MINIMAL_STORY, { kind: "set", path: ["events", 0, "threads", 0], value: "a, b" }).added,
    ).toEqual(['    threads: ["a, b"]']);
    expect(edit(MINIMAL_STORY, { kind: "delete", path: ["story", "languages", 0] })).toEqual({
      line: 9,
      removed: ["  languages: [nb, en]"],
      added: ["  languages: [en]"],
    });
  });

  it("creates a missing list with its item", () => {
    expect(
      edit(MINIMAL_STORY, {
        kind: "insert",
        path: ["events", 1, "threads"],
        index: 0,
        value: "main",
      }),
    ).toEqual({
      line: 55,
      removed: [],
      added: ["    threads: [main]"],
    });
    const person = { id: "someone", name: "Someone", title: { nb: "Rolle", en: "Role" } };
    expect(
      edit(MINIMAL_STORY, { kind: "insert", path: ["people"], index: 0, value: person }),
    ).toEqual({
      line: 63,
      removed: [],
      added: [
        "people:",
        "  - id: someone",
        "    name: Someone",
        "    title:",
        "      nb: Rolle",
        "      en: Role",
      ],
    });
  });

  it("deletes a key's lines, and a list item's lines with its dash", () => {
    expect(edit(MINIMAL_STORY, { kind: "delete", path: ["events", 0, "attribution"] })).toEqual({
      line: 41,
      removed: [
        "    attribution:",
        "      reportedBy:",
        "        - source: agency",
        "      notConfirmedBy: [ministry]",
      ],
      added: [],
    });
    expect(edit(MINIMAL_STORY, { kind: "delete", path: ["sources", 0] })).toEqual({
      line: 26,
      removed: ["  - id: agency", "    name:", "      nb: Byrået", "      en: The agency"],
      added: [],
    });
  });

  it("moves the next key onto the dash line when deleting an item's first key", () => {
    expect(edit(MINIMAL_STORY, { kind: "delete", path: ["sources", 1, "id"] })).toEqual({
      line: 30,
      removed: ["  - id: ministry", "    name:"],
      added: ["  - name:"],
    });
  });

  it("leaves key: [] or key: {} when the last entry goes", () => {
    expect(edit(MINIMAL_STORY, { kind: "delete", path: ["explainers", 0, "body", 0] })).toEqual({
      line: 60,
      removed: ["    body:", "      - nb: Avsnitt", "        en: Paragraph"],
      added: ["    body: []"],
    });
    expect(
      edit(MINIMAL_STORY, { kind: "delete", path: ["events", 0, "attribution", "reportedBy", 0] })
        .added,
    ).toEqual(["      reportedBy: []"]);
    const noTitle = applyEdits(MINIMAL_STORY, [
      { kind: "delete", path: ["threads", 0, "title", "nb"] },
      { kind: "delete", path: ["threads", 0, "title", "en"] },
    ]);
    expect(changes(MINIMAL_STORY, noTitle)).toEqual({
      line: 22,
      removed: ["    title:", "      nb: Hovedsak", "      en: Main story"],
      added: ["    title: {}"],
    });
  });

  it("changes nothing for a delete of something missing, or a set to the same value", () => {
    expect(applyEdits(MINIMAL_STORY, [{ kind: "delete", path: ["events", 0, "quote"] }])).toBe(
      MINIMAL_STORY,
    );
    expect(
      applyEdits(MINIMAL_STORY, [
        { kind: "set", path: ["events", 1, "date"], value: { from: 2014, to: 2017 } },
      ]),
    ).toBe(MINIMAL_STORY);
  });
});
