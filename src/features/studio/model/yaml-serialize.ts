import {
  Document,
  isMap,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
  type ToStringOptions,
} from "yaml";

/*
 * How a value from a form is written into story.yaml. Every value goes on as few lines as
 * YAML allows: a string is one line, plain when that reads back as the same string, else
 * double-quoted with `\n` for its line breaks (never folded, never a block scalar, which would
 * move text the journalist did not touch onto new lines). Lists of plain values are written
 * `[a, b]`, as the story's id lists are.
 */

/** Options that never fold a line, and write `[a, b]` with no padding inside the brackets. */
export const TO_STRING: ToStringOptions = {
  lineWidth: 0,
  flowCollectionPadding: false,
  singleQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};

export type ScalarValue = string | number | boolean | bigint | null | undefined;

export function isScalarValue(value: unknown): value is ScalarValue {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether `text` can be written without quotes: it must read back as exactly this string, on
 * one line, and inside `[…]`/`{…}` must not hold the characters that end an item there.
 */
export function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === "" || text !== text.trim() || /[\n\r\t]/.test(text)) return false;
  // Control characters, the byte order mark and Unicode line separators only quoted.
  if (/[\p{Cc}\ufeff\u2028\u2029]/u.test(text)) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  const doc = parseDocument(text);
  const node = doc.contents;
  return (
    doc.errors.length === 0 &&
    isScalar(node) &&
    node.type === Scalar.PLAIN &&
    node.value === text &&
    !node.comment
  );
}

/** Sets the quoting of the strings in a new node, and writes lists of plain values `[a, b]`. */
function styleNew(node: unknown, inFlow: boolean): void {
  if (isScalar(node)) {
    if (typeof node.value === "string") {
      node.type = isPlainSafe(node.value, inFlow) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    }
  } else if (isSeq(node)) {
    if (!inFlow && node.items.length > 0 && node.items.every((item) => isScalar(item))) {
      node.flow = true;
    }
    for (const item of node.items) styleNew(item, inFlow || node.flow === true);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      styleNew(pair.key, inFlow || node.flow === true);
      styleNew(pair.value, inFlow || node.flow === true);
    }
  }
}

/** A node for `value`, made by `doc` and styled for writing; undefined is written as null. */
export function newNode(doc: Document, value: unknown, inFlow: boolean): Node {
  const node = doc.createNode(value === undefined ? null : value) as Node;
  styleNew(node, inFlow);
  return node;
}

/** A scalar as it is written in place of another: `Title`, `"a: b"`, `2014`, `true`, `null`. */
export function scalarText(value: ScalarValue, inFlow: boolean): string {
  const doc = new Document();
  doc.contents = newNode(doc, value, inFlow);
  return doc.toString(TO_STRING).replace(/\n$/, "");
}

/**
 * The block text of a new map entry (`key: value`) or, with key null, of a new list item
 * (`- value`), at column 0, each line ending in "\n".
 */
export function entryText(key: string | null, value: unknown): string {
  const doc = new Document();
  const node = newNode(doc, value, false);
  if (key === null) {
    const seq = new YAMLSeq();
    seq.items.push(node);
    doc.contents = seq;
  } else {
    const map = new YAMLMap();
    map.items.push(new Pair(newNode(doc, key, false), node));
    doc.contents = map;
  }
  return doc.toString(TO_STRING);
}

/**
 * The text of an existing `[…]` or `{…}` after a change, on one line when it has no comments;
 * `padded` keeps Prettier's `{ a: 1 }` where the file had it.
 */
export function flowText(node: Node, padded: boolean): string {
  // The comments before and after it lie outside its range, so they stay in the text as they are.
  node.commentBefore = null;
  node.comment = null;
  const doc = new Document();
  doc.contents = node;
  return doc.toString({ ...TO_STRING, flowCollectionPadding: padded }).replace(/\n$/, "");
}

/** `["a", "b"], 1` → `{ a: { b: 1 } }`: the maps a set creates on its way. */
export function nest(keys: readonly (string | number)[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [String(key)]: inner }), value);
}

/** Whether two values hold the same data, as YAML reads it (a key set to undefined is absent). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(b).filter((key) => b[key] !== undefined);
  return Object.keys(a).length === keys.length && keys.every((key) => sameData(a[key], b[key]));
}
