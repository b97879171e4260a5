/**
 * The small inline markup story text may use: `*emphasis*`, `**strong**` and `[a link](url)`.
 * Everything else is text. Parsed into tokens here (pure, no DOM) and rendered by React as
 * elements and escaped text, so no string from a story ever reaches the page as HTML.
 */

export type InlineToken =
  | { type: "text"; text: string }
  | { type: "em"; children: InlineToken[] }
  | { type: "strong"; children: InlineToken[] }
  | { type: "link"; href: string; children: InlineToken[] };

/** Links may only go to web pages and e-mail addresses: no javascript:, data: or relative URLs. */
export function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

const PATTERN = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (text === "") return;
    const previous = tokens[tokens.length - 1];
    if (previous?.type === "text") previous.text += text;
    else tokens.push({ type: "text", text });
  };
  for (const match of source.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    pushText(source.slice(last, index));
    last = index + match[0].length;
    const [whole, strong, em, label, href] = match;
    if (strong !== undefined) tokens.push({ type: "strong", children: parseInline(strong) });
    else if (em !== undefined) tokens.push({ type: "em", children: parseInline(em) });
    else if (label !== undefined && href !== undefined && isAllowedHref(href)) {
      tokens.push({ type: "link", href, children: parseInline(label) });
    } else pushText(whole);
  }
  pushText(source.slice(last));
  return tokens;
}
