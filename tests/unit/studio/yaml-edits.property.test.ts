import fc from "fast-check";
import { parse, parseDocument, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import type { DataPath, StoryEdit } from "@/features/studio/model/story-edit.ts";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";

/*
 * The oracle: the same edits applied to the story as plain JavaScript. Whatever applyEdits
 * writes must read back as exactly that, and a top-level list item that no edit touched must
 * keep its text to the byte. YAML_EDIT_RUNS=2000 runs it longer.
 */

type Data = Record<string | number, unknown>;
type Path = (string | number)[];

const LISTS = ["threads", "sources", "events", "explainers"] as const;

const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null;

function get(root: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), root);
}

function has(root: unknown, path: DataPath): boolean {
  const parent = get(root, path.slice(0, -1));
  return isObject(parent) && Object.hasOwn(parent, path.at(-1) ?? "");
}

/** Every path that exists, each before the paths inside it. */
function pathsOf(node: unknown, prefix: Path = []): Path[] {
  if (!isObject(node)) return [];
  const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf(node[key], [...prefix, key])]);
}

function jsSet(root: Data, path: DataPath, value: unknown): void {
  let node: Data = root;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Data;
  }
  node[path.at(-1) ?? ""] = structuredClone(value);
}

function jsApply(root: Data, edit: StoryEdit): void {
  const target = get(root, edit.path);
  const parent = get(root, edit.path.slice(0, -1));
  const key = edit.path.at(-1) ?? "";
  if (edit.kind === "set") jsSet(root, edit.path, edit.value);
  else if (edit.kind === "insert" && Array.isArray(target)) {
    target.splice(edit.index, 0, structuredClone(edit.value));
  } else if (edit.kind === "insert") jsSet(root, edit.path, [edit.value]);
  else if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else if (isObject(parent)) delete parent[key];
}

interface Plan {
  kind: "set" | "delete" | "insert";
  pick: number;
  /** Whether to pick among list items only: most of them sit in `[a, b]`, where quoting differs. */
  items: boolean;
  extra: number;
  keys: string[];
  index: number;
  value: unknown;
}

/** Turns a plan into an edit that makes sense for the story as it is now. */
function editFor(model: Data, plan: Plan): StoryEdit | undefined {
  const all = pathsOf(model);
  const items = all.filter((p) => Array.isArray(get(model, p.slice(0, -1))));
  const paths = plan.items && items.length > 0 ? items : all;
  const path = paths[plan.pick % Math.max(paths.length, 1)];
  if (plan.kind === "delete") return path && { kind: "delete", path };
  if (plan.kind === "set") {
    if (!path) return undefined;
    // Deeper keys create maps; where a list is met, the next key is its end (an append).
    const deeper: Path = [];
    let node = get(model, path);
    for (const key of plan.keys.slice(0, plan.extra)) {
      const step = Array.isArray(node) ? node.length : key;
      deeper.push(step);
      node = isObject(node) ? node[step] : undefined;
    }
    return { kind: "set", path: [...path, ...deeper], value: plan.value };
  }
  const lists = all.filter((p) => Array.isArray(get(model, p)) || get(model, p) === null);
  const maps = [[], ...all].filter((p) => isObject(get(model, p)) && !Array.isArray(get(model, p)));
  const missing = maps.map((p) => [...p, plan.keys[0] ?? "k"]).filter((p) => !has(model, p));
  const target = [...lists, ...missing][plan.pick % Math.max(lists.length + missing.length, 1)];
  if (!target) return undefined;
  const list = get(model, target);
  const index = Array.isArray(list) ? plan.index % (list.length + 1) : 0;
  return { kind: "insert", path: target, index, value: plan.value };
}

type Origins = Map<string, (number | null)[]>;

/** Follows which original item of each top-level list each position holds (null: a new one). */
function track(model: Data, edit: StoryEdit, origins: Origins, touched: Set<string>): void {
  const [list, index] = edit.path;
  const now = typeof list === "string" ? origins.get(list) : undefined;
  if (!now) return;
  const touch = (i: number) => now[i] != null && touched.add(`${list}:${now[i]}`);
  if (edit.path.length === 1 && edit.kind === "insert" && Array.isArray(model[list ?? ""])) {
    now.splice(edit.index, 0, null);
  } else if (edit.path.length === 1 || !Array.isArray(model[list ?? ""])) {
    now.forEach((_, i) => touch(i));
    now.length = 0;
  } else if (typeof index === "number" && index < now.length) {
    touch(index);
    if (edit.kind === "delete" && edit.path.length === 2) now.splice(index, 1);
  } else if (typeof index === "number") now.push(null);
}

/** A list item's text: from the start of its `- ` line to its end. */
function itemText(text: string, list: string, index: number): string {
  const node = parseDocument(text).getIn([list, index], true) as Node;
  const [start = 0, , end = 0] = node.range ?? [];
  return text.slice(text.lastIndexOf("\n", start) + 1, end);
}

const TRICKY = ["", " ", "yes", "true", "null", "~", "2014", "2025-11-21", "1e3", "0x1F", "a: b"];
const TRICKIER = ["a #b", "#c", "- x", "[a]", "{a}", "a, b", "'q'", '"q"', "two\nlines", "end\n"];
const ODD = ["tab\there", "æøå «sitat»", "---", "...", "@x", "%x", "!x", "&x", "*x", "|", "? x"];
const SYNTAX = ["a", "1", " ", ",", "[", "]", "{", "}", ":", "#", "-", "'", '"', "\n", "\\", "ø"];
const scalar = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY, ...TRICKIER, ...ODD), weight: 3 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...SYNTAX), maxLength: 6 }), weight: 3 },
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer(),
  fc.double().filter((n) => !Object.is(n, -0) && !Number.isNaN(n)),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.constantFrom("text", "note", "nb", "en", "id", "a b", "x:y", "#k", "1", "true", "é");
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 3, noNullPrototype: true }),
  ),
}));
const plan: fc.Arbitrary<Plan> = fc.record({
  kind: fc.constantFrom("set", "delete", "insert"),
  pick: fc.nat(),
  items: fc.boolean(),
  extra: fc.nat({ max: 2 }),
  keys: fc.array(key, { minLength: 2, maxLength: 2 }),
  index: fc.nat(),
  value,
});

describe("applyEdits, as a property", () => {
  it("writes what the same edits make of the data, and leaves untouched list items alone", () => {
    fc.assert(
      fc.property(fc.array(plan, { minLength: 1, maxLength: 5 }), (plans) => {
        const model = parse(MINIMAL_STORY) as Data;
        const origins: Origins = new Map(
          LISTS.map((list) => [list, (model[list] as unknown[]).map((_, i) => i)]),
        );
        const touched = new Set<string>();
        const edits: StoryEdit[] = [];
        for (const p of plans) {
          const edit = editFor(model, p);
          if (!edit) continue;
          track(model, edit, origins, touched);
          jsApply(model, edit);
          edits.push(edit);
        }
        const text = applyEdits(MINIMAL_STORY, edits);
        expect(parse(text) ?? {}).toEqual(model);
        for (const [list, now] of origins) {
          now.forEach((origin, index) => {
            if (origin === null || touched.has(`${list}:${origin}`)) return;
            expect(itemText(text, list, index)).toBe(itemText(MINIMAL_STORY, list, origin));
          });
        }
      }),
      { numRuns: Number(process.env["YAML_EDIT_RUNS"] ?? 100) },
    );
  }, 120_000);
});
