import {
  isMap,
  isScalar,
  isSeq,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { DataPath } from "./story-edit.ts";

/*
 * Where things are in story.yaml: the nodes along a path, and in the text, by offset, the
 * lines of a map entry (`key: …`) or a list item (`- …`), so that an edit can replace, remove
 * or add exactly those lines and leave every other byte as the journalist wrote it.
 */

export type Collection = YAMLMap | YAMLSeq;
export type PairNode = Pair<Node | null, Node | null>;

/** A level of a path that exists in the text: the node there, and the collection holding it. */
export interface Step {
  node: Node | null;
  parent: Collection;
  index: number;
  /** Whether it sits inside `[…]` or `{…}`, where a change rewrites that whole collection. */
  inFlow: boolean;
}

/** The text an edit works on, its parsed document, and the existing levels of its path. */
export interface Here {
  text: string;
  doc: Document;
  steps: Step[];
}

export function keyOf(pair: PairNode): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The existing levels of `path`, from the top; shorter than the path where it stops existing. */
export function resolve(doc: Document, path: DataPath): Step[] {
  const steps: Step[] = [];
  let node = doc.contents as Node | null;
  let inFlow = false;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const index = isMap(node)
      ? node.items.findIndex((pair) => keyOf(pair as PairNode) === `${key}`)
      : typeof key === "number" && Number.isInteger(key) && key >= 0 && key < node.items.length
        ? key
        : -1;
    if (index < 0) break;
    inFlow ||= node.flow === true;
    const child = isMap(node) ? (node.items[index] as PairNode).value : node.items[index];
    steps.push({ node: (child ?? null) as Node | null, parent: node, index, inFlow });
    node = (child ?? null) as Node | null;
  }
  return steps;
}

/** The node at the path's first `depth` levels (the document's top at depth 0). */
export function nodeAt({ doc, steps }: Here, depth: number): Node | null {
  return depth === 0 ? (doc.contents as Node | null) : (steps[depth - 1]?.node ?? null);
}

/** One entry of a block collection in the text. */
export interface Entry {
  /** Offset of its key, or of its `-`. */
  start: number;
  /** Offset just past its last line (its line break included), trailing comments included. */
  end: number;
  /** Its column: the indentation of lines written inside it. */
  column: number;
  /** False when something stands before it on its line (the `- ` of a list item holding it). */
  atLineStart: boolean;
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** `pos` when a line starts there, else the start of the next line (or the end of the text). */
export function lineEndAfter(text: string, pos: number): number {
  if (pos === 0 || text[pos - 1] === "\n") return pos;
  const newline = text.indexOf("\n", pos);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether a line starts at `start` and holds nothing but spaces. */
export function isBlankLineAt(text: string, start: number): boolean {
  if (start >= text.length) return false;
  const newline = text.indexOf("\n", start);
  return text.slice(start, newline === -1 ? text.length : newline).trim() === "";
}

/** Whether the line ending just before `start` (a line start) holds nothing but spaces. */
export function isBlankLineBefore(text: string, start: number): boolean {
  return start > 0 && isBlankLineAt(text, lineStart(text, start - 1));
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * Indents serialized lines ("a:\n  b: 1\n") to sit at a column: the first line only when it
 * starts a line of its own (not when it follows a `- ` or a key already in the text).
 */
export function indentLines(block: string, column: number, indentFirst: boolean): string {
  const pad = " ".repeat(column);
  return block
    .split("\n")
    .map((line, i) => (line === "" || (i === 0 && !indentFirst) ? line : pad + line))
    .join("\n");
}

/** Text to put at `pos` so that it starts on a line of its own (a file may lack a last "\n"). */
export function onOwnLine(text: string, pos: number, insert: string): string {
  return pos > 0 && text[pos - 1] !== "\n" ? `\n${insert}` : insert;
}

/** The `-` of each item of a block list, from the parser's tokens (comments may come between). */
function dashOffsets(seq: YAMLSeq): number[] {
  const token = seq.srcToken as CST.BlockSequence | undefined;
  if (token?.type !== "block-seq") return [];
  return token.items.flatMap(
    (item) => item.start.find((t) => t.type === "seq-item-ind")?.offset ?? [],
  );
}

function startOf(collection: Collection, index: number): number {
  if (isMap(collection)) {
    const key = (collection.items[index] as Pair<Node | null>).key;
    return key?.range?.[0] ?? 0;
  }
  const itemStart = (collection.items[index] as Node | null)?.range?.[0] ?? 0;
  const dashes = dashOffsets(collection).filter((offset) => offset <= itemStart);
  return dashes.at(-1) ?? itemStart;
}

function nodeEndOf(collection: Collection, index: number): number {
  if (isSeq(collection)) return (collection.items[index] as Node | null)?.range?.[2] ?? 0;
  const pair = collection.items[index] as Pair<Node | null, Node | null>;
  return (pair.value ?? pair.key)?.range?.[2] ?? 0;
}

export function entryOf(text: string, collection: Collection, index: number): Entry {
  const start = startOf(collection, index);
  const first = lineStart(text, start);
  return {
    start,
    end: lineEndAfter(text, nodeEndOf(collection, index)),
    column: start - first,
    atLineStart: text.slice(first, start).trim() === "",
  };
}

/** Whether the entries of a collection are set apart by blank lines (the story's events are). */
export function hasBlankLinesBetween(collection: Collection, near: number): boolean {
  const items: unknown[] = collection.items;
  if (items.length < 2) return false;
  const item = items[Math.min(Math.max(near, 1), items.length - 1)];
  const node = isMap(collection) ? (item as Pair<Node | null>).key : (item as Node | null);
  return node?.spaceBefore === true;
}

/** The offset just after the `:` that follows a map key. */
export function afterColon(text: string, pair: Pair<Node | null>): number | undefined {
  const keyEnd = pair.key?.range?.[1];
  if (keyEnd === undefined) return undefined;
  const match = /^[ \t]*:/.exec(text.slice(keyEnd));
  return match ? keyEnd + match[0].length : undefined;
}
