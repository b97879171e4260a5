import { describe, expect, it } from "vitest";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";
import { edit } from "./text-changes.ts";

describe("applyEdits keeps the journalist's text", () => {
  const text = [
    "# The story.",
    "story:",
    "  title: Old # a trailing comment",
    "  # Before the list",
    "  tags: [a, b] # tags",
    "  date: { from: 2014, to: 2017 }",
    "  items:",
    "    # first item",
    "    - one",
    "    # second item",
    "    - two",
    "  # after the items",
    "  body: >-",
    "    A long paragraph",
    "    folded over lines.",
    "  end: true",
    "",
  ].join("\n");

  it("keeps comments beside and around what changes", () => {
    expect(edit(text, { kind: "set", path: ["story", "title"], value: "New" })).toEqual({
      line: 3,
      removed: ["  title: Old # a trailing comment"],
      added: ["  title: New # a trailing comment"],
    });
    expect(edit(text, { kind: "delete", path: ["story", "items", 0] })).toEqual({
      line: 9,
      removed: ["    - one"],
      added: [],
    });
    expect(
      edit(text, { kind: "insert", path: ["story", "items"], index: 2, value: "three" }),
    ).toEqual({
      line: 12,
      removed: [],
      added: ["    - three"],
    });
  });

  it("keeps a flow map's padding and a flow list's comment", () => {
    expect(edit(text, { kind: "set", path: ["story", "date", "to"], value: 2018 }).added).toEqual([
      "  date: { from: 2014, to: 2018 }",
    ]);
    expect(
      edit(text, { kind: "set", path: ["story", "date", "approximate"], value: true }).added,
    ).toEqual(["  date: { from: 2014, to: 2017, approximate: true }"]);
    expect(
      edit(text, { kind: "insert", path: ["story", "tags"], index: 0, value: "z" }).added,
    ).toEqual(["  tags: [z, a, b] # tags"]);
  });

  it("replaces a folded block scalar with a one-line value", () => {
    expect(edit(text, { kind: "set", path: ["story", "body"], value: "Short." })).toEqual({
      line: 13,
      removed: ["  body: >-", "    A long paragraph", "    folded over lines."],
      added: ["  body: Short."],
    });
  });

  it("turns a scalar into a map, writing only that entry anew", () => {
    expect(edit(text, { kind: "set", path: ["story", "end", "nb"], value: "Slutt" })).toEqual({
      line: 16,
      removed: ["  end: true"],
      added: ["  end:", "    nb: Slutt"],
    });
  });

  it("fills an empty list or map in block style", () => {
    const empty = "a: []\nb: {}\nc:\n";
    expect(applyEdits(empty, [{ kind: "insert", path: ["a"], index: 0, value: { id: "x" } }])).toBe(
      "a:\n  - id: x\nb: {}\nc:\n",
    );
    expect(applyEdits(empty, [{ kind: "set", path: ["b", "k"], value: 1 }])).toBe(
      "a: []\nb:\n  k: 1\nc:\n",
    );
    expect(applyEdits(empty, [{ kind: "insert", path: ["c"], index: 0, value: "x" }])).toBe(
      "a: []\nb: {}\nc: [x]\n",
    );
  });

  it("copes with a file that does not end in a line break", () => {
    expect(applyEdits("a: 1", [{ kind: "set", path: ["b"], value: 2 }])).toBe("a: 1\nb: 2\n");
    expect(applyEdits("a: 1\nb: 2", [{ kind: "delete", path: ["b"] }])).toBe("a: 1\n");
  });
});

describe("applyEdits refuses what it cannot do", () => {
  it("throws on text that is not YAML", () => {
    expect(() => applyEdits("a: [1\nb: 2\n", [{ kind: "delete", path: ["a"] }])).toThrow(
      /^Cannot apply a form's edit: story\.yaml is not valid YAML/,
    );
  });

  it("throws on a list position past the end, or an insert into a map", () => {
    expect(() =>
      applyEdits(MINIMAL_STORY, [{ kind: "set", path: ["events", 5, "id"], value: "x" }]),
    ).toThrow("Cannot set events[5].id: expected a position in the list from 0 to 2, found 5");
    expect(() =>
      applyEdits(MINIMAL_STORY, [{ kind: "insert", path: ["story"], index: 0, value: 1 }]),
    ).toThrow("Cannot insert into story: expected a list, found something else");
    expect(() =>
      applyEdits(MINIMAL_STORY, [{ kind: "insert", path: ["events"], index: 3, value: 1 }]),
    ).toThrow("Cannot insert into events at 3: expected a position from 0 to 2");
  });
});
