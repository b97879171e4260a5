import { describe, expect, it } from "vitest";
import { yamlContextAt, yamlPathAt } from "@/features/studio/editor/yaml-path.ts";

/** The text with `|` removed, and the offset where it stood: the cursor. */
function cursor(marked: string): [string, number] {
  const offset = marked.indexOf("‸");
  return [marked.replace("‸", ""), offset];
}

const pathAt = (marked: string) => yamlPathAt(...cursor(marked));
const contextAt = (marked: string) => yamlContextAt(...cursor(marked));

describe("yamlPathAt", () => {
  it("finds a key inside a list item inside a map", () => {
    expect(pathAt("events:\n  - id: a\n    title:\n      e‸n: |")).toEqual([
      "events",
      0,
      "title",
      "en",
    ]);
    expect(pathAt("events:\n  - id: a\n    title:\n      ‸en: |")).toEqual([
      "events",
      0,
      "title",
      "en",
    ]);
  });

  it("counts list items, skipping block scalars, comments and nested lists", () => {
    const text = [
      "story:",
      "  title:",
      "    nb: Tittel",
      "events:",
      "  - id: a",
      "    text:",
      "      en: |",
      "        - not an item: it is text",
      "        status: not a key",
      "",
      "    # a comment",
      "    threads:",
      "      - one",
      "      - two",
      "  - id: b",
      "    stat‸us: confirmed",
    ].join("\n");
    expect(pathAt(text)).toEqual(["events", 1, "status"]);
  });

  it("reads lists written at the key's own indentation", () => {
    expect(pathAt("events:\n- id: a\n  threads:\n  - x\n  - y‸\n- id: b")).toEqual([
      "events",
      0,
      "threads",
      1,
    ]);
    expect(pathAt("events:\n- id: a\n- id: b\n  date: 2024‸")).toEqual(["events", 1, "date"]);
  });

  it("gives the value's key on a value, and the enclosing map on a blank line", () => {
    expect(pathAt("events:\n  - id: a\n    status: conf‸")).toEqual(["events", 0, "status"]);
    expect(pathAt("events:\n  - id: a\n    ‸")).toEqual(["events", 0]);
    expect(pathAt("story:\n  title:\n    nb: x\n  ‸")).toEqual(["story"]);
    expect(pathAt("story:\n  title: x\n‸")).toEqual([]);
  });

  it("reads quoted keys and values with colons", () => {
    expect(pathAt('story:\n  "title":\n    nb: "a: b"\n    en: c‸')).toEqual([
      "story",
      "title",
      "en",
    ]);
    expect(pathAt("sources:\n  - id: x\n    url: https://e.no/a:b‸")).toEqual([
      "sources",
      0,
      "url",
    ]);
  });

  it("starts again after a document marker", () => {
    expect(pathAt("a:\n  b: 1\n---\nevents:\n  - ‸")).toEqual(["events", 0]);
  });
});

describe("yamlContextAt", () => {
  it("tells keys, values, list items and free text apart", () => {
    expect(contextAt("events:\n  - id: a\n    sta‸")).toMatchObject({
      at: "key",
      path: ["events", 0],
      key: "sta",
    });
    const [text, offset] = cursor("events:\n  - id: a\n    status: con‸");
    expect(yamlContextAt(text, offset)).toEqual({
      at: "value",
      path: ["events", 0, "status"],
      key: "",
      from: text.indexOf("con"),
      to: text.length,
    });
    expect(contextAt("events:\n  - id: a\n    threads:\n      - ec‸")).toMatchObject({
      at: "item",
      path: ["events", 0, "threads", 0],
    });
    expect(contextAt("events:\n  - id: a\n    text:\n      en: |\n        Some te‸")).toMatchObject(
      { at: "text", path: ["events", 0, "text", "en"] },
    );
    expect(contextAt("events:\n  - id: a\n    title: A long\n      title‸")).toMatchObject({
      at: "text",
    });
  });

  it("gives the key's whole range, for hover", () => {
    const [text, offset] = cursor("story:\n  sum‸mary: x");
    const context = yamlContextAt(text, offset);
    expect(context).toMatchObject({ at: "key", path: ["story"], key: "summary" });
    expect(text.slice(context.from, context.to)).toBe("summary");
  });
});
