import MarkdownIt, { type StateInline, type Token } from "markdown-it";
import { isAllowedHref, type InlineToken } from "@/lib/inline-markup.ts";
import { writeInline } from "@/lib/inline-markup-writer.ts";

/*
 * Reads what an author typed in a rich-text field as CommonMark, with markdown-it, and writes it
 * out in the canonical form the browser reads (lib/inline-markup.ts). CommonMark settles what a
 * hand-written parser gets wrong: `2 * 3 * 4` is not emphasis, `**a *b* c**` nests, a link's url
 * may hold balanced parentheses, `\*` is a star, `_a_` is emphasis but snake_case is not. Only
 * emphasis, strong, links and backslash escapes are rendered. Images, code spans, HTML tags and
 * <autolinks> are still recognised, so that they are reported and kept as exactly the text the
 * author typed, not half-parsed.
 */

export type UnrenderedKind = "image" | "code" | "html" | "autolink" | "address";

/** Markup that will show as plain text; `source` is what the author typed (for an address, the url). */
export interface Unrendered {
  kind: UnrenderedKind;
  source: string;
}

export interface RichText {
  canonical: string;
  unrendered: Unrendered[];
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/** The markdown-it rules whose constructs we recognise but show as text, and their tokens. */
const SHOWN_AS_TEXT: readonly {
  rule: string;
  kind: UnrenderedKind;
  made: (token: Token) => boolean;
}[] = [
  { rule: "image", kind: "image", made: (t) => t.type === "image" },
  { rule: "backticks", kind: "code", made: (t) => t.type === "code_inline" },
  { rule: "autolink", kind: "autolink", made: (t) => t.type === "link_open" },
  { rule: "html_inline", kind: "html", made: (t) => t.type === "html_inline" },
];

/*
 * Rules left out: `newline` (a line break stays a plain "\n", and the spaces around it stay) and
 * `entity` (`&amp;` stays as typed: the page shows text, it does not decode HTML).
 */
const RENDERED = ["text", "escape", "emphasis", "link"];

/**
 * Wraps a rule so that what it recognises goes back into the text as the source it matched.
 * In silent mode (markdown-it measuring a link label) the rule runs as is, so precedence stays
 * CommonMark's: a code span or an image still hides the brackets and stars inside it.
 */
function asText(rule: InlineRule, made: (token: Token) => boolean, note: (source: string) => void) {
  const wrapped: InlineRule = (state, silent) => {
    if (silent) return rule(state, true);
    const start = state.pos;
    const tokens = state.tokens.length;
    const metas = state.tokens_meta.length;
    const pending = state.pending;
    if (!rule(state, false)) return false;
    // A backtick with no closing one is already text: nothing to undo or report.
    if (!state.tokens.slice(tokens).some(made)) return true;
    const source = state.src.slice(start, state.pos);
    state.tokens.length = tokens;
    state.tokens_meta.length = metas;
    state.pending = pending + source;
    note(source);
    return true;
  };
  return wrapped;
}

/** markdown-it's flat token list (open, text, close) as a tree. */
function toTree(tokens: readonly Token[]): InlineToken[] {
  const root: InlineToken[] = [];
  const stack: InlineToken[][] = [root];
  for (const token of tokens) {
    const into = stack[stack.length - 1]!;
    if (token.type === "em_open" || token.type === "strong_open" || token.type === "link_open") {
      const children: InlineToken[] = [];
      if (token.type === "link_open") {
        into.push({ type: "link", href: token.attrGet("href") ?? "", children });
      } else {
        into.push({ type: token.type === "em_open" ? "em" : "strong", children });
      }
      stack.push(children);
    } else if (token.type.endsWith("_close")) {
      if (stack.length > 1) stack.pop();
    } else if (token.type === "hardbreak" || token.type === "softbreak") {
      into.push({ type: "text", text: "\n" }); // only `\` before a line break makes one here
    } else {
      into.push({ type: "text", text: token.content });
    }
  }
  return root;
}

/**
 * A reader for rich-text fields: text in, canonical text and the unrendered markup out. One
 * markdown-it instance per reader; what a parse finds is collected in a variable of this closure,
 * because `validateLink` gets no per-parse context (parses are synchronous, so this is safe).
 */
export function createRichTextReader(): (text: string) => RichText {
  let found: Unrendered[] = [];
  const note = (kind: UnrenderedKind, source: string) => {
    if (!found.some((f) => f.kind === kind && f.source === source)) found.push({ kind, source });
  };

  // The commonmark preset: no GitHub extras, and `html: true` so tags are recognised (as text).
  const md = new MarkdownIt("commonmark");
  // A link we would not render is not a link at all, as CommonMark treats an invalid one: its
  // brackets are text and its label is read as usual. (Called in silent mode too; `note` dedupes.)
  md.validateLink = (href) => {
    if (isAllowedHref(href)) return true;
    note("address", href);
    return false;
  };
  const ruler = md.inline.ruler;
  for (const { rule, kind, made } of SHOWN_AS_TEXT) {
    ruler.enableOnly([rule]);
    const original = ruler.getRules("")[0];
    if (!original) throw new Error(`markdown-it has no inline rule "${rule}"`);
    ruler.at(
      rule,
      asText(original, made, (source) => note(kind, source)),
    );
  }
  ruler.enableOnly([...RENDERED, ...SHOWN_AS_TEXT.map((s) => s.rule)]);

  return (text) => {
    found = [];
    const [inline] = md.parseInline(text, {});
    const canonical = writeInline(toTree(inline?.children ?? []));
    return { canonical, unrendered: found };
  };
}
