import {
  isAllowedHref,
  MARKER,
  restyle,
  STYLE_SETS,
  type InlineToken,
  type Style,
} from "./inline-markup-syntax.ts";

const escapeText = (text: string) => text.replace(/[\\*[\]]/g, "\\$&");
const encodeHref = (href: string) =>
  href.replace(/[()[\]\\\s]/g, (c) =>
    c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c),
  );

/**
 * Writes tokens in canonical form, which `parseInline` reads back to the same styled text:
 * every character with the same emphasis, strength and link. (The tree may come back tidied:
 * emphasis inside emphasis is one emphasis, neighbours with the same style are merged.) A link
 * the reader would refuse, `[x]()` with no address or a link inside a link, is written as its
 * label, which is what the reader would show anyway.
 */
export function writeInline(tokens: readonly InlineToken[]): string {
  return writeContext(tokens, false);
}

function writeContext(tokens: readonly InlineToken[], inLabel: boolean): string {
  let out = "";
  let open: Style[] = [];
  const restyleTo = (em: boolean, strong: boolean) => {
    const want = STYLE_SETS.find(
      (s) => s.includes("em") === em && s.includes("strong") === strong,
    )!;
    const change = restyle(open, want);
    for (const style of open.slice(change.keep).reverse()) out += MARKER[style];
    for (const style of change.add) out += MARKER[style];
    open = [...open.slice(0, change.keep), ...change.add];
  };
  const visit = (list: readonly InlineToken[], em: boolean, strong: boolean) => {
    for (const token of list) {
      if (token.type === "em") visit(token.children, true, strong);
      else if (token.type === "strong") visit(token.children, em, true);
      else if (token.type === "link") {
        const href = encodeHref(token.href);
        if (inLabel || !isAllowedHref(href)) {
          visit(token.children, em, strong);
          continue;
        }
        restyleTo(em, strong);
        // A label is a context of its own: the link itself sits inside the styles open here.
        out += `[${writeContext(token.children, true)}](${href})`;
      } else if (token.text !== "") {
        restyleTo(em, strong);
        out += escapeText(token.text);
      }
    }
  };
  visit(tokens, false, false);
  restyleTo(false, false);
  return out;
}
