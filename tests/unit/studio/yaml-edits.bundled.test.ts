import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";
import { changes, edit } from "./text-changes.ts";

const BUNDLED = readFileSync(
  join(import.meta.dirname, "../../../data/stories/maduro-usa-2025/story.yaml"),
  "utf8",
);

describe("applyEdits on the bundled story", () => {
  it("changes exactly one line for an event's English title", () => {
    const value = "Crimes alleged under Maduro's rule";
    expect(edit(BUNDLED, { kind: "set", path: ["events", 0, "title", "en"], value })).toEqual({
      line: 180,
      removed: ["      en: Alleged crimes under Maduro's rule"],
      added: ["      en: Crimes alleged under Maduro's rule"],
    });
  });

  it("keeps the header comments and the comment between events", () => {
    const after = applyEdits(BUNDLED, [
      { kind: "set", path: ["events", 12, "title", "en"], value: "Experts" },
    ]);
    expect(after.slice(0, 400)).toBe(BUNDLED.slice(0, 400));
    expect(after).toContain(
      "\n  # Undated in the article: the reporting gives no date, so none is invented.\n\n",
    );
  });

  it("appends an event at the end of events, set apart by a blank line like the others", () => {
    const value = {
      id: "new-event",
      date: "2025-12-04",
      title: { nb: "Ny hendelse", en: "A new event" },
      status: "reported",
      attribution: { reportedBy: [{ source: "tv2" }] },
      threads: ["ultimatum"],
    };
    const after = applyEdits(BUNDLED, [{ kind: "insert", path: ["events"], index: 20, value }]);
    expect(changes(BUNDLED, after)).toEqual({
      line: 665,
      removed: [],
      added: [
        "  - id: new-event",
        "    date: 2025-12-04",
        "    title:",
        "      nb: Ny hendelse",
        "      en: A new event",
        "    status: reported",
        "    attribution:",
        "      reportedBy:",
        "        - source: tv2",
        "    threads: [ultimatum]",
        "",
      ],
    });
    expect(after).toContain("    explainers: [cartel-de-los-soles]\n\n  - id: new-event\n");
    expect(after).toContain("    threads: [ultimatum]\n\nexplainers:\n");
  });

  it("deletes an event's lines and one blank line, nothing else", () => {
    const { line, removed, added } = edit(BUNDLED, { kind: "delete", path: ["events", 3] });
    expect([line, removed.length, added]).toEqual([243, 25, []]);
    expect(removed[0]).toBe("  - id: caribbean-build-up");
    expect(removed.at(-2)).toBe("    explainers: [narco-terrorists]");
    expect(removed.at(-1)).toBe("");
  });

  it("sets a date to a range, and back", () => {
    const range = applyEdits(BUNDLED, [
      { kind: "set", path: ["events", 7, "date"], value: { from: 2014, to: 2017 } },
    ]);
    expect(changes(BUNDLED, range)).toEqual({
      line: 343,
      removed: ["    date: 2025-11-21"],
      added: ["    date:", "      from: 2014", "      to: 2017"],
    });
    expect(
      applyEdits(range, [{ kind: "set", path: ["events", 7, "date"], value: "2025-11-21" }]),
    ).toBe(BUNDLED);
  });

  it("replaces a folded paragraph with one line", () => {
    expect(
      edit(BUNDLED, { kind: "set", path: ["events", 0, "text", "en"], value: "Short." }),
    ).toEqual({
      line: 186,
      removed: [
        "      en: >-",
        "        In February 2018 the ICC prosecutor started a preliminary examination of alleged crimes",
        "        related in particular to the handling of protests, imprisonments, torture and other",
        "        serious abuses since at least 2014–2017.",
      ],
      added: ["      en: Short."],
    });
  });

  it("reads back as the same data with the edit applied", () => {
    const after = applyEdits(BUNDLED, [
      { kind: "delete", path: ["viewpoints", 0, "quotes", 0] },
      { kind: "set", path: ["story", "now"], value: "2025-12-04" },
    ]);
    const expected = parse(BUNDLED);
    expected.viewpoints[0].quotes = [];
    expected.story.now = "2025-12-04";
    expect(parse(after)).toEqual(expected);
  });
});
