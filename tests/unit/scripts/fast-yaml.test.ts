import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { readYamlFast } from "../../../scripts/lib/fast-yaml.ts";
import { generateStoryYaml } from "../../../scripts/lib/generate-story.ts";

/** What the studio and `npm run validate` read: the `yaml` library, YAML 1.2's core schema. */
const readYamlFull = (text: string): unknown => parse(text, { maxAliasCount: -1 });

const storyFiles = ["data/stories", "tests/fixtures/stories"].flatMap((dir) =>
  readdirSync(dir).map((name) => join(dir, name, "story.yaml")),
);

describe("the build's fast YAML reader", () => {
  it.each(storyFiles)("reads %s as the full reader does", (file) => {
    const text = readFileSync(file, "utf8");
    expect(readYamlFast(text)).toEqual(readYamlFull(text));
  });

  it("reads a generated long story as the full reader does", () => {
    const text = generateStoryYaml(500, 3);
    expect(readYamlFast(text)).toEqual(readYamlFull(text));
  });

  it("resolves plain scalars by YAML 1.2's rules, not YAML 1.1's", () => {
    const scalars = [
      "1_000",
      "0b101",
      "yes",
      "No",
      "on",
      "2025-11-21",
      "12:30",
      "+12",
      "-0",
      ".5",
      "1.",
      "1e3",
      "-1.5E-2",
      "0o17",
      "0x1F",
      "017",
      "~",
      "null",
      "Null",
      "NULL",
      "",
      "TRUE",
      "True",
      "tRUE",
      "-.inf",
      ".Inf",
      ".NaN",
      ".nan",
      "nan",
      "0x",
      "+.5",
      "<<",
    ];
    const text = scalars.map((scalar, i) => `k${i}: ${scalar}`).join("\n");
    expect(readYamlFast(text)).toEqual(readYamlFull(text));
  });

  it("reads any data the way the full reader reads it back", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string(),
        fc.constantFrom("1_000", "yes", "0o7", "0x1f", ".5", "1e3", "~", "2025-11", " a", "a: b"),
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        fc.constant(null),
      ),
      node: fc.oneof(
        { depthSize: "small" },
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string({ minLength: 1 }), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (data) => {
        const text = stringify({ data });
        const fast = readYamlFast(text);
        // Text that looks like an anchor goes to the full reader: nothing to compare then.
        if (fast !== undefined) expect(fast).toEqual(readYamlFull(text));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves files with anchors and files it cannot read to the full reader", () => {
    // Aliases are shared, not copied, by js-yaml: a "billion laughs" file must be counted.
    expect(readYamlFast("a: &x [1, 2]\nb: *x\n")).toBeUndefined();
    expect(readYamlFast("- &x 1\n- *x\n")).toBeUndefined();
    expect(readYamlFast("a: [1, 2\n")).toBeUndefined();
    expect(readYamlFast("a: 1\na: 2\n")).toBeUndefined();
    expect(readYamlFast("a: 1\n---\nb: 2\n")).toBeUndefined();
    // "A & B" in a title is not an anchor.
    expect(readYamlFast("title: Tom & Jerry\n")).toEqual({ title: "Tom & Jerry" });
  });
});
