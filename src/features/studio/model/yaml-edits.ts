import { isMap, isScalar, isSeq, Pair, parseDocument, type Node } from "yaml";
import { formatPath } from "@/story/authoring/problem.ts";
import type { DataPath, StoryEdit } from "./story-edit.ts";
import {
  entryText,
  flowText,
  isPlainObject,
  isScalarValue,
  nest,
  newNode,
  sameData,
  scalarText,
} from "./yaml-serialize.ts";
import {
  afterColon,
  entryOf,
  hasBlankLinesBetween,
  indentLines,
  isBlankLineAt,
  isBlankLineBefore,
  keyOf,
  lineEndAfter,
  lineStart,
  nodeAt,
  onOwnLine,
  resolve,
  splice,
  type Collection,
  type Entry,
  type Here,
  type PairNode,
} from "./yaml-locate.ts";

/*
 * Writes the forms' edits into story.yaml's text, changing as little of it as it can: a value
 * in place, a new entry's lines after its siblings, a removed entry's lines. Only what an
 * edit replaces is written anew (by the yaml library), so every comment, blank line and
 * folded paragraph elsewhere stays byte for byte as the journalist wrote it.
 */

/** Applies the edits in order, each to the text the previous one left. */
export function applyEdits(text: string, edits: readonly StoryEdit[]): string {
  return edits.reduce((current, edit) => applyEdit(current, edit), text);
}

function applyEdit(text: string, edit: StoryEdit): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const error = doc.errors[0];
  if (error) {
    const first = error.message.split("\n")[0] ?? "";
    throw new Error(`Cannot apply a form's edit: story.yaml is not valid YAML (${first})`);
  }
  if (edit.path.length === 0) throw new Error("Cannot replace the whole story: expected a path");
  const here: Here = { text, doc, steps: resolve(doc, edit.path) };
  if (edit.kind === "set") return setValue(here, edit.path, edit.value);
  if (edit.kind === "delete") return deleteValue(here, edit.path);
  return insertValue(here, edit.path, edit.index, edit.value);
}

function setValue(here: Here, path: DataPath, value: unknown): string {
  const { text, doc, steps } = here;
  const depth = steps.length;
  const node = nodeAt(here, depth);
  if (depth === path.length) {
    if (sameData(node === null ? null : node.toJS(doc), value)) return text;
    if (isScalarValue(value) && isScalar(node) && node.range && node.range[1] > node.range[0]) {
      const [start, end] = node.range;
      // A block scalar's range takes its last line break; the new one-line value keeps it.
      const lineBreak = text[end - 1] === "\n" ? "\n" : "";
      const written = scalarText(value, steps[depth - 1]?.inFlow ?? false);
      return splice(text, start, end, written + lineBreak);
    }
    if ((isMap(node) && isPlainObject(value)) || (isSeq(node) && Array.isArray(value))) {
      return applyEdits(text, editsInside(path, node, value));
    }
    return replaceEntry(here, depth, value);
  }
  const key = path[depth] ?? "";
  const inner = nest(path.slice(depth + 1), value);
  if (isMap(node)) return addPair(here, depth, String(key), inner);
  if (isSeq(node) && key === node.items.length) return insertItem(here, depth, key, inner);
  if (isSeq(node)) {
    throw new Error(
      `Cannot set ${formatPath(path)}: expected a position in the list from 0 to ${node.items.length}, found ${JSON.stringify(key)}`,
    );
  }
  if (depth === 0) {
    if (node !== null) throw new Error("Cannot edit story.yaml: expected a map at the top");
    return text + onOwnLine(text, text.length, entryText(String(key), inner));
  }
  // A plain value where a map must now be: the entry holding it is written anew.
  return replaceEntry(here, depth, nest(path.slice(depth), value));
}

/** A map set to a map (a list to a list) changes only the keys (items) that differ. */
function editsInside(path: DataPath, node: Collection, value: object): StoryEdit[] {
  const edits: StoryEdit[] = [];
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      if (i < node.items.length) edits.push({ kind: "set", path: [...path, i], value: item });
      else edits.push({ kind: "insert", path, index: i, value: item });
    });
    for (let i = node.items.length - 1; i >= value.length; i--) {
      edits.push({ kind: "delete", path: [...path, i] });
    }
    return edits;
  }
  const record = value as Record<string, unknown>;
  for (const pair of node.items) {
    const key = keyOf(pair as PairNode);
    const kept = Object.hasOwn(record, key) && record[key] !== undefined;
    if (!kept) edits.push({ kind: "delete", path: [...path, key] });
  }
  for (const [key, item] of Object.entries(record)) {
    if (item !== undefined) edits.push({ kind: "set", path: [...path, key], value: item });
  }
  return edits;
}

/** Writes the entry at the path's first `depth` levels anew, as `key: value` or `- value`. */
function replaceEntry(here: Here, depth: number, value: unknown): string {
  const step = here.steps[depth - 1];
  if (!step) throw new Error("Cannot replace the whole story");
  const { parent, index } = step;
  if (step.inFlow) {
    return reflow(here, depth - 1, () => {
      const node = newNode(here.doc, value, true);
      if (isMap(parent)) (parent.items[index] as PairNode).value = node;
      else parent.items[index] = node;
    });
  }
  const entry = entryOf(here.text, parent, index);
  const key = isMap(parent) ? keyOf(parent.items[index] as PairNode) : null;
  const written = indentLines(entryText(key, value), entry.column, false);
  return splice(here.text, entry.start, entry.end, written);
}

/**
 * Changes a `[…]`/`{…}` through the yaml library (its comments kept) and writes anew the
 * outermost one holding the change, keeping the file's `{ a: 1 }` or `{a: 1}`.
 */
function reflow(here: Here, depth: number, change: () => void): string {
  const { text, doc, steps } = here;
  const nodes = [doc.contents as Node | null, ...steps.map((step) => step.node)];
  const outer = nodes.slice(0, depth + 1).find((node) => (isMap(node) || isSeq(node)) && node.flow);
  if (!outer?.range) throw new Error("Cannot find the [...] or {...} to change");
  const [start, end] = outer.range;
  const padded = text[start + 1] === " ";
  change();
  const indent = /^ */.exec(text.slice(lineStart(text, start)))?.[0].length ?? 0;
  return splice(text, start, end, indentLines(flowText(outer, padded), indent + 2, false));
}

/** Whether the collection at `depth` is an empty `[]`/`{}` in block text, to become a block. */
function isLoneEmptyFlow(here: Here, depth: number, collection: Collection): boolean {
  return depth > 0 && collection.items.length === 0 && here.steps[depth - 1]?.inFlow === false;
}

function addPair(here: Here, depth: number, key: string, value: unknown): string {
  const { text, doc } = here;
  const map = nodeAt(here, depth) as Collection;
  if (map.flow) {
    if (isLoneEmptyFlow(here, depth, map)) return replaceEntry(here, depth, { [key]: value });
    return reflow(here, depth, () => {
      map.items.push(new Pair(newNode(doc, key, true), newNode(doc, value, true)) as never);
    });
  }
  const last = entryOf(text, map, map.items.length - 1);
  const blank = hasBlankLinesBetween(map, map.items.length) ? "\n" : "";
  const written = blank + indentLines(entryText(key, value), last.column, true);
  return splice(text, last.end, last.end, onOwnLine(text, last.end, written));
}

function insertItem(here: Here, depth: number, index: number, value: unknown): string {
  const { text, doc } = here;
  const seq = nodeAt(here, depth) as Collection;
  if (seq.flow) {
    if (isLoneEmptyFlow(here, depth, seq)) return replaceEntry(here, depth, [value]);
    return reflow(here, depth, () => {
      seq.items.splice(index, 0, newNode(doc, value, true) as never);
    });
  }
  const blank = hasBlankLinesBetween(seq, index) ? "\n" : "";
  if (index > 0) {
    const previous = entryOf(text, seq, index - 1);
    const written = blank + indentLines(entryText(null, value), previous.column, true);
    return splice(text, previous.end, previous.end, onOwnLine(text, previous.end, written));
  }
  const first = entryOf(text, seq, 0);
  // `- - a`: the list starts on its holder's line; it is written anew, rare as that is.
  if (!first.atLineStart) return replaceEntry(here, depth, [value, ...(seq.toJS(doc) as [])]);
  const at = lineStart(text, first.start);
  return splice(text, at, at, indentLines(entryText(null, value), first.column, true) + blank);
}

function insertValue(here: Here, path: DataPath, index: number, value: unknown): string {
  const node = nodeAt(here, here.steps.length);
  const exists = here.steps.length === path.length;
  const length = exists && isSeq(node) ? node.items.length : 0;
  if (!Number.isInteger(index) || index < 0 || index > length) {
    throw new Error(
      `Cannot insert into ${formatPath(path)} at ${index}: expected a position from 0 to ${length}`,
    );
  }
  if (!exists) return setValue(here, path, [value]);
  if (isSeq(node)) return insertItem(here, path.length, index, value);
  if (node === null || (isScalar(node) && node.value === null)) {
    return replaceEntry(here, path.length, [value]);
  }
  throw new Error(`Cannot insert into ${formatPath(path)}: expected a list, found something else`);
}

function deleteValue(here: Here, path: DataPath): string {
  const { text, steps } = here;
  const step = steps[path.length - 1];
  if (steps.length < path.length || !step) return text; // nothing there to delete
  const { parent, index } = step;
  if (step.inFlow) return reflow(here, path.length - 1, () => parent.items.splice(index, 1));
  const entry = entryOf(text, parent, index);
  const count = parent.items.length;
  if (count === 1) return emptyCollection(here, path.length, entry);
  // The first key of a list item's map shares the `- ` line: the next key moves up onto it.
  if (!entry.atLineStart) return splice(text, entry.start, entryOf(text, parent, 1).start, "");
  let start = lineStart(text, entry.start);
  let end = entry.end;
  // Entries set apart by blank lines keep one between them, and none at the list's ends.
  if (isBlankLineAt(text, end) && (index === 0 || isBlankLineBefore(text, start))) {
    end = lineEndAfter(text, end + 1);
  } else if (index === count - 1 && isBlankLineBefore(text, start)) {
    start = lineStart(text, start - 1);
  }
  return splice(text, start, end, "");
}

/** Removes a collection's only entry, leaving `key: []` or `key: {}` (comments stay). */
function emptyCollection(here: Here, depth: number, entry: Entry): string {
  const { text, steps } = here;
  const collection = steps[depth - 1]?.parent;
  const empty = isMap(collection) ? "{}" : "[]";
  if (!entry.atLineStart || depth === 1) return splice(text, entry.start, entry.end, `${empty}\n`);
  const owner = steps[depth - 2];
  const pair = owner && isMap(owner.parent) ? owner.parent.items[owner.index] : undefined;
  const colon = pair ? afterColon(text, pair as PairNode) : undefined;
  if (colon === undefined) return replaceEntry(here, depth - 1, isMap(collection) ? {} : []);
  const removed = splice(text, lineStart(text, entry.start), entry.end, "");
  return splice(removed, colon, colon, ` ${empty}`);
}
