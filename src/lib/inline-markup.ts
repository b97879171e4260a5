/**
 * Story rich text (event text, explainer summaries and paragraphs, viewpoint claims) in its
 * canonical form. Authors write CommonMark-style `*emphasis*`, `**strong**` and `[links](url)`;
 * the authoring side (story/authoring/rich-text.ts) reads that with a real CommonMark parser and
 * writes it out again in this tiny syntax, which the browser reads here in one linear pass:
 *
 *   \\ \* \[ \]         a literal backslash, star or bracket (`\(` and `\)` are read too)
 *   [label](url)        a link; in the url, ( ) [ ] \ and white space are percent-encoded
 *   * and **            emphasis and strong switching on and off (see `restyle`)
 *   anything else       text, parentheses included
 *
 * Parentheses are special only right after a link's `]`, and a `]` in text is always escaped,
 * so the writer never escapes them: plain text without `\`, `*`, `[` or `]` is its own
 * canonical form, and most story text (which has parentheses) is stored exactly as written.
 *
 * Tokens are rendered by React as elements and escaped text, so no string from a story ever
 * reaches the page as HTML.
 */

import {
  isAllowedHref,
  MARKER,
  RUNS,
  type InlineToken,
  type Style,
} from "./inline-markup-syntax.ts";

export { isAllowedHref, type InlineToken } from "./inline-markup-syntax.ts";

const SPECIAL = new Set(["\\", "*", "[", "]", "(", ")"]);
/** Characters that end a plain text run: the ones that may start markup. */
const MARKUP_START = new Set(["\\", "*", "[", "]"]);
/** Characters a link's url never contains in canonical form; seeing one means "not a link". */
const NOT_IN_URL = /[()[\]\\\s]/;

interface Frame {
  kind: Style | "link" | "root";
  /** The source that opened it, given back as text if it is never closed. */
  marker: string;
  children: InlineToken[];
}

function pushText(into: InlineToken[], text: string) {
  if (text === "") return;
  const last = into[into.length - 1];
  if (last?.type === "text") last.text += text;
  else into.push({ type: "text", text });
}

/** The index of the `)` that ends a link's url opened at `open`, or -1. */
function urlEnd(source: string, open: number): number {
  for (let k = open + 1; k < source.length; k++) {
    const c = source[k]!;
    if (c === ")") return k;
    // Stopping here (never at a later `)`) keeps the scans from overlapping: linear in total.
    if (NOT_IN_URL.test(c)) return -1;
  }
  return -1;
}

/**
 * Reads canonical rich text into tokens in one pass with a small stack. Defensive: any string
 * gives tokens (markup that is not closed or not allowed comes back as text), and time is linear
 * in the length, whatever the input.
 */
export function parseInline(source: string): InlineToken[] {
  const stack: Frame[] = [{ kind: "root", marker: "", children: [] }];
  /** Where the current context (the whole text, or one link's label) starts in the stack. */
  let context = 0;
  const top = () => stack[stack.length - 1]!;

  const close = () => {
    const frame = stack.pop()!;
    if (frame.kind === "em" || frame.kind === "strong") {
      if (frame.children.length > 0)
        top().children.push({ type: frame.kind, children: frame.children });
    }
  };
  /** An unclosed frame becomes text: its marker, then its children, into its parent. */
  const unwind = () => {
    const frame = stack.pop()!;
    const into = top().children;
    pushText(into, frame.marker);
    for (const child of frame.children) {
      if (child.type === "text") pushText(into, child.text);
      else into.push(child);
    }
  };
  const starRun = (stars: string) => {
    // At most two styles are open in a context, so this key is short.
    let key = "";
    for (let f = context + 1; f < stack.length; f++) key += (key ? "," : "") + stack[f]!.kind;
    const change = RUNS.get(`${key}|${stars.length}`);
    if (!change) return pushText(top().children, stars);
    while (stack.length - 1 > context + change.keep) close();
    for (const style of change.add)
      stack.push({ kind: style, marker: MARKER[style], children: [] });
  };

  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      const literal = next !== undefined && SPECIAL.has(next);
      pushText(top().children, literal ? next : c);
      i += literal ? 2 : 1;
    } else if (c === "*") {
      let end = i + 1;
      while (source[end] === "*") end++;
      starRun(source.slice(i, end));
      i = end;
    } else if (c === "[" && context === 0) {
      stack.push({ kind: "link", marker: "[", children: [] });
      context = stack.length - 1;
      i++;
    } else if (c === "]" && context > 0 && source[i + 1] === "(") {
      const end = urlEnd(source, i + 1);
      const href = end < 0 ? "" : source.slice(i + 2, end);
      if (isAllowedHref(href)) {
        while (stack.length - 1 > context) unwind();
        const link = stack.pop()!;
        context = 0;
        top().children.push({ type: "link", href, children: link.children });
        i = end + 1;
      } else {
        pushText(top().children, c);
        i++;
      }
    } else {
      let end = i + 1;
      while (end < source.length && !MARKUP_START.has(source[end]!)) end++;
      pushText(top().children, source.slice(i, end));
      i = end;
    }
  }
  while (stack.length > 1) unwind();
  return stack[0]!.children;
}

function tokensText(tokens: readonly InlineToken[]): string {
  return tokens.map((t) => (t.type === "text" ? t.text : tokensText(t.children))).join("");
}

/** The words a reader sees, without markup: for places that take plain text only. */
export function plainText(canonical: string): string {
  return tokensText(parseInline(canonical));
}
