import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import {
  descriptionAt,
  keysAt,
  referenceListAt,
  schemaAtPath,
  valuesAt,
  type JsonSchema,
} from "@/features/studio/editor/schema-at-path.ts";
import {
  keyDescriptionAt,
  knownIds,
  storyCompletions,
  storyJsonSchema,
} from "@/features/studio/editor/story-assist.ts";

const schema = storyJsonSchema();
const keyNames = (path: (string | number)[]) => keysAt(schema, path).map((key) => key.name);

describe("the story's JSON Schema at a path", () => {
  it("offers an event's keys, with their descriptions and whether they are required", () => {
    const keys = keysAt(schema, ["events", 3]);
    expect(keys.map((key) => key.name)).toEqual(
      expect.arrayContaining(["date", "title", "status"]),
    );
    expect(keys.find((key) => key.name === "status")).toMatchObject({
      required: true,
      nested: false,
      description: "How established the claim is.",
    });
    expect(keys.find((key) => key.name === "attribution")).toMatchObject({ nested: true });
  });

  it("follows $ref, allOf and anyOf into shared definitions and unions", () => {
    expect(keyNames(["story", "summary"])).toEqual(["nb", "en"]);
    expect(keyNames(["events", 0, "date"])).toEqual(
      expect.arrayContaining(["on", "from", "to", "within", "asOf", "undated", "label"]),
    );
    expect(keyNames(["events", 0, "date", "label"])).toEqual(["nb", "en"]);
    expect(schemaAtPath(schema, ["events", 0, "nonsense"])).toEqual([]);
  });

  it("offers the story's focus and the annotation bands, with their fields", () => {
    expect(keyNames(["story"])).toContain("focus");
    expect(keyNames(["story", "focus"])).toEqual(["from", "to"]);
    expect(keyNames([])).toContain("annotations");
    expect(keyNames(["annotations", 0])).toEqual(["id", "from", "to", "label"]);
    expect(keyNames(["annotations", 0, "label"])).toEqual(["nb", "en"]);
  });

  it("offers the closed sets of values: statuses, kinds, languages, booleans", () => {
    expect(valuesAt(schema, ["events", 0, "status"])).toEqual([
      "confirmed",
      "reported",
      "unconfirmed",
      "disputed",
      "denied",
    ]);
    expect(valuesAt(schema, ["events", 0, "kind"])).toContain("deadline");
    expect(valuesAt(schema, ["sources", 0, "kind"]).length).toBeGreaterThan(1);
    expect(valuesAt(schema, ["story", "languages", 0])).toEqual(["nb", "en"]);
    expect(valuesAt(schema, ["events", 0, "date", "approximate"])).toEqual(["true", "false"]);
    expect(valuesAt(schema, ["events", 0, "date", "undated"])).toEqual(["true"]);
    expect(valuesAt(schema, ["events", 0, "id"])).toEqual([]);
  });

  it("describes a field by its own description before its type's", () => {
    expect(descriptionAt(schema, ["story", "summary"])).toMatch(/One or two sentences/);
    expect(descriptionAt(schema, ["story", "title"])).toMatch(/A headline in/);
  });

  it("knows which list a reference field points into", () => {
    expect(referenceListAt(schema, ["events", 0, "attribution", "reportedBy", 0, "source"])).toBe(
      "sources",
    );
    expect(referenceListAt(schema, ["events", 0, "threads", 1])).toBe("threads");
    expect(referenceListAt(schema, ["events", 0, "quote", "by"])).toBe("people");
    expect(referenceListAt(schema, ["viewpoints", 0, "question"])).toBe("questions");
    expect(referenceListAt(schema, ["viewpoints", 0, "events", 0])).toBe("events");
    expect(referenceListAt(schema, ["explainers", 0, "sources", 0])).toBe("sources");
    expect(referenceListAt(schema, ["events", 0, "attribution", "deniedBy", 0])).toBe("sources");
    expect(referenceListAt(schema, ["events", 0, "id"])).toBeUndefined();
    expect(referenceListAt(schema, ["events", 0, "status"])).toBeUndefined();
  });

  it("reads local $ref pointers to $defs too", () => {
    const root: JsonSchema = {
      type: "object",
      properties: { a: { $ref: "#/$defs/A", description: "An A." } },
      $defs: { A: { oneOf: [{ type: "boolean" }, { enum: ["x"] }] } },
    };
    expect(valuesAt(root, ["a"])).toEqual(["true", "false", "x"]);
    expect(descriptionAt(root, ["a"])).toBe("An A.");
  });
});

/** The labels the editor's completion offers with the cursor at `‸`. */
function complete(marked: string): string[] {
  const pos = marked.indexOf("‸");
  const state = EditorState.create({ doc: marked.replace("‸", "") });
  const source = storyCompletions(() => ({ required: "required" }));
  const result = source(new CompletionContext(state, pos, true)) as CompletionResult | null;
  return result?.options.map((option) => option.label) ?? [];
}

describe("the editor's completion", () => {
  const story = [
    "events:",
    "  - id: a",
    "    status: ‸",
    "sources:",
    "  - id: nrk",
    "  - id: reuters",
  ].join("\n");

  it("offers the statuses on a status value", () => {
    expect(complete(story)).toEqual(["confirmed", "reported", "unconfirmed", "disputed", "denied"]);
  });

  it("offers an event's keys inside an event, and in a new list item", () => {
    expect(complete("events:\n  - id: a\n    st‸")).toEqual(
      expect.arrayContaining(["date", "title", "status"]),
    );
    expect(complete("events:\n  - id: a\n  - ‸")).toEqual(expect.arrayContaining(["id", "date"]));
  });

  it("offers the ids of the story's sources for a source", () => {
    const text = story.replace("status: ‸", "attribution:\n      reportedBy:\n        - source: ‸");
    expect(complete(text)).toEqual(["nrk", "reuters"]);
    expect(knownIds("threads:\n  - id: war\n  - {id: peace}\n  - id: 3", "threads")).toEqual([
      "war",
      "peace",
    ]);
  });

  it("offers nothing inside free text", () => {
    expect(complete("events:\n  - id: a\n    text:\n      en: |\n        sta‸")).toEqual([]);
  });
});

describe("the editor's hover", () => {
  it("describes the key under the pointer, and nothing on a value", () => {
    const text = "events:\n  - id: a\n    status: reported\n";
    expect(keyDescriptionAt(text, text.indexOf("tatus"))).toEqual({
      from: text.indexOf("status"),
      to: text.indexOf("status") + "status".length,
      description: "How established the claim is.",
    });
    expect(keyDescriptionAt(text, text.indexOf("reported") + 2)).toBeNull();
    expect(keyDescriptionAt("nonsense: 1", 2)).toBeNull();
  });
});
