import { isAllowedHref } from "@/lib/inline-markup.ts";
import { walkHtml } from "./html-walk.ts";

/**
 * TimelineJS text is HTML. Story text allows only `*emphasis*`, `**strong**` and
 * `[label](https://url)`, so those three are kept and everything else becomes plain text:
 * entities decoded, tags dropped, paragraphs and line breaks read as spaces, and characters
 * that would read as markup (`*`, `[`, `]`, `(`, `)`, `\`) escaped with a backslash.
 *
 * The writer streams: an opening marker is held back until the first word inside it, so an
 * empty <em></em> leaves no stray "**", and spaces go outside markers ("*hele* byen", not
 * "*hele *byen"). Emphasis inside emphasis and links inside links keep only their text, since
 * "***x***" and "[[a](x)](y)" cannot be written in our markup; that also keeps the held-back
 * markers to at most two, whatever the nesting.
 */

type Frame =
  | { kind: "em" | "strong"; written: boolean }
  | { kind: "link"; href: string; written: boolean }
  | { kind: "plain" };

type MarkupFrame = Exclude<Frame, { kind: "plain" }>;

// A Map, not an object literal: a tag named <constructor> must not find Object's.
const EMPHASIS = new Map<string, "em" | "strong">([
  ["em", "em"],
  ["i", "em"],
  ["strong", "strong"],
  ["b", "strong"],
]);

/** Elements that separate text the way a paragraph or line break does. */
const BREAKS = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "hr",
  "table",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "header",
  "footer",
  "figure",
  "figcaption",
  "address",
]);

const MARKUP_CHARACTERS = /[\\*[\]()]/g;

const escapeMarkup = (text: string) => text.replace(MARKUP_CHARACTERS, "\\$&");

/**
 * The href as a link target: canonical (URL parsing), and with the characters that would end
 * or confuse `[label](url)` percent-encoded; they mean the same in a URL.
 */
function linkTarget(href: string): string | null {
  const trimmed = href.trim();
  if (!isAllowedHref(trimmed)) return null;
  return new URL(trimmed).href.replace(
    /[()[\]*\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

const opening = (frame: MarkupFrame) =>
  frame.kind === "link" ? "[" : frame.kind === "strong" ? "**" : "*";
const closing = (frame: MarkupFrame) =>
  frame.kind === "link" ? `](${frame.href})` : frame.kind === "strong" ? "**" : "*";

function convert(html: string, markup: boolean): string {
  const parts: string[] = [];
  const frames: Frame[] = [];
  let waiting: MarkupFrame[] = [];
  let space = false;
  let emphasisDepth = 0;
  let linkDepth = 0;

  const word = (text: string) => {
    if (space && parts.length > 0) parts.push(" ");
    space = false;
    for (const frame of waiting) {
      parts.push(opening(frame));
      frame.written = true;
    }
    waiting = [];
    parts.push(markup ? escapeMarkup(text) : text);
  };

  walkHtml(html, {
    text(text) {
      for (const piece of text.split(/(\s+)/)) {
        if (piece === "") continue;
        if (/^\s/.test(piece)) space = true;
        else word(piece);
      }
    },
    open(name, attributes) {
      if (BREAKS.has(name)) space = true;
      let frame: Frame = { kind: "plain" };
      const emphasis = EMPHASIS.get(name);
      if (markup && emphasis && emphasisDepth === 0) {
        frame = { kind: emphasis, written: false };
      } else if (markup && name === "a" && linkDepth === 0) {
        const href = linkTarget(attributes.get("href") ?? "");
        if (href) frame = { kind: "link", href, written: false };
      }
      if (frame.kind === "em" || frame.kind === "strong") emphasisDepth++;
      if (frame.kind === "link") linkDepth++;
      if (frame.kind !== "plain") waiting.push(frame);
      frames.push(frame);
    },
    close(name) {
      if (BREAKS.has(name)) space = true;
      const frame = frames.pop();
      if (!frame || frame.kind === "plain") return;
      if (frame.kind === "link") linkDepth--;
      else emphasisDepth--;
      if (frame.written) parts.push(closing(frame));
      else waiting = waiting.filter((w) => w !== frame);
    },
  });
  return parts.join("");
}

/** Story text (event text): our inline markup, everything else plain and escaped. */
export function htmlToInline(html: string): string {
  return convert(html, true);
}

/** Plain text (titles, captions, credits, labels): no markup at all, so nothing to escape. */
export function htmlToText(html: string): string {
  return convert(html, false);
}
