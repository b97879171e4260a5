/**
 * Where the cursor is in story.yaml's data, found by walking the lines above it by their
 * indentation. A full YAML parse would fail on the half-typed line a journalist is writing
 * (`    sta`), which is exactly where completion is wanted, so this reads the text line by
 * line instead: block maps and lists, `- key: value` items (indented or not), block scalars
 * (`|`, `>`) and multi-line values, comments, `---`. Flow collections and `? ` keys are not
 * walked into (no completion inside `[a, b]`), which is fine for a story.
 */

/** A key or list position in the data: ["events", 0, "title", "en"]. */
export type YamlPath = (string | number)[];

export interface YamlContext {
  /**
   * - "key": on a key, or where one would be typed (a blank or half-typed line);
   * - "value": after `key:`, on its value;
   * - "item": on the text after a list item's `- `, with no `key:` yet (a scalar item, or the
   *   first key of a map item being typed);
   * - "text": inside free text (a block scalar, a multi-line value, a comment).
   */
  at: "key" | "value" | "item" | "text";
  /** The map a key belongs to ("key"); otherwise the path of the node the cursor is on. */
  path: YamlPath;
  /** The key under the cursor ("key"), whole, or "" on a blank line. */
  key: string;
  /** The range of the word under the cursor: the key, the value or the item's text. */
  from: number;
  to: number;
}

interface Entry {
  col: number;
  seg: string | number;
}

interface LineTokens {
  indent: number;
  /** Columns of each `- ` that opens a list item. */
  dashes: number[];
  key?: { col: number; raw: string; name: string };
  /** Column where the value (after `key:`) or the item's text starts. */
  restCol: number;
  /** That text, without a trailing comment. */
  rest: string;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'[\]{},][^#]*?)[ \t]*:(?=[ \t]|$)/;

function unquote(raw: string): string {
  if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\(.)/g, "$1");
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

function stripComment(text: string): string {
  return text.startsWith("#") ? "" : text.replace(/\s+#.*$/, "").trimEnd();
}

/** The line's structure, or null for a blank or comment line. */
function tokenize(line: string): LineTokens | null {
  const indent = line.search(/\S/);
  if (indent < 0 || line[indent] === "#") return null;
  let pos = indent;
  const dashes: number[] = [];
  while (line[pos] === "-" && (pos + 1 === line.length || /[ \t]/.test(line[pos + 1]!))) {
    dashes.push(pos);
    pos += 1;
    while (line[pos] === " " || line[pos] === "\t") pos += 1;
  }
  const match = KEY.exec(line.slice(pos));
  if (!match) return { indent, dashes, restCol: pos, rest: stripComment(line.slice(pos)) };
  const raw = match[1]!;
  let restCol = pos + match[0].length;
  while (line[restCol] === " " || line[restCol] === "\t") restCol += 1;
  const rest = stripComment(line.slice(restCol));
  return { indent, dashes, key: { col: pos, raw, name: unquote(raw) }, restCol, rest };
}

function pushItem(stack: Entry[], col: number): void {
  while (stack.length > 0 && stack.at(-1)!.col > col) stack.pop();
  const top = stack.at(-1);
  // A `-` at the same column as a key (`events:\n- id: a`) is that key's list.
  if (top && top.col === col && typeof top.seg === "number") top.seg += 1;
  else stack.push({ col, seg: 0 });
}

function popForKey(stack: Entry[], col: number): void {
  while (stack.length > 0 && stack.at(-1)!.col >= col) stack.pop();
}

/** A value that opens nothing nested: a scalar, a block scalar or a flow collection. */
function holdsText(rest: string): boolean {
  return rest !== "" && !/^(?:[&!]\S*\s*)+$/.test(rest);
}

const pathOf = (stack: readonly Entry[]): YamlPath => stack.map((entry) => entry.seg);

/** What is at `offset` in `text` (see YamlContext). */
export function yamlContextAt(text: string, offset: number): YamlContext {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEndIndex = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEndIndex < 0 ? text.length : lineEndIndex);
  const col = at - lineStart;

  const stack: Entry[] = [];
  // Lines indented more than this column are the text of the value above (-1: none).
  let textAbove = -1;
  for (const above of text.slice(0, lineStart).split("\n")) {
    if (/^(---|\.\.\.)\s*$/.test(above)) {
      stack.length = 0;
      textAbove = -1;
      continue;
    }
    const tokens = tokenize(above);
    const indent = above.search(/\S/);
    if (indent < 0 || (textAbove >= 0 && indent > textAbove)) continue;
    textAbove = -1;
    if (!tokens) continue;
    for (const dash of tokens.dashes) pushItem(stack, dash);
    if (tokens.key) {
      popForKey(stack, tokens.key.col);
      stack.push({ col: tokens.key.col, seg: tokens.key.name });
    }
    const owner = tokens.key?.col ?? tokens.dashes.at(-1);
    if (owner !== undefined && holdsText(tokens.rest)) textAbove = owner;
  }

  const point = { from: at, to: at };
  const indent = line.search(/\S/);
  if (indent < 0 || indent > col) {
    // A blank line, or the cursor in the indentation: a key would go here.
    if (textAbove >= 0 && col > textAbove)
      return { at: "text", path: pathOf(stack), key: "", ...point };
    popForKey(stack, col);
    return { at: "key", path: pathOf(stack), key: "", ...point };
  }
  if (textAbove >= 0 && indent > textAbove)
    return { at: "text", path: pathOf(stack), key: "", ...point };
  const tokens = tokenize(line);
  if (!tokens) return { at: "text", path: pathOf(stack), key: "", ...point };
  const dashes = tokens.dashes.filter((dash) => dash < col);
  for (const dash of dashes) pushItem(stack, dash);
  const { key } = tokens;
  if (key && key.col <= col) {
    popForKey(stack, key.col);
    if (col <= key.col + key.raw.length) {
      const from = lineStart + key.col;
      return { at: "key", path: pathOf(stack), key: key.name, from, to: from + key.raw.length };
    }
    stack.push({ col: key.col, seg: key.name });
    const from = Math.min(at, lineStart + tokens.restCol);
    return {
      at: "value",
      path: pathOf(stack),
      key: "",
      from,
      to: lineStart + tokens.restCol + tokens.rest.length,
    };
  }
  if (key || col < tokens.restCol) {
    // Between a `- ` and its key.
    if (dashes.length === 0) popForKey(stack, col);
    return { at: "key", path: pathOf(stack), key: "", ...point };
  }
  const from = lineStart + tokens.restCol;
  const to = Math.max(at, from + tokens.rest.length);
  if (dashes.length > 0) return { at: "item", path: pathOf(stack), key: "", from, to };
  // A word without a colon yet: a key being typed.
  popForKey(stack, tokens.indent);
  return { at: "key", path: pathOf(stack), key: tokens.rest, from, to };
}

/**
 * The path of the node at `offset`: on a key, that key's path; on a value, its key's path; on
 * a list item, the item's path; on a blank line, the map a new key would go into.
 */
export function yamlPathAt(text: string, offset: number): YamlPath {
  const context = yamlContextAt(text, offset);
  return context.at === "key" && context.key ? [...context.path, context.key] : context.path;
}
