/**
 * TimelineJS text is HTML. Our stories allow only *emphasis*, **strong** and [links](url), so
 * the importer keeps those and turns everything else into plain text (entities decoded, tags
 * dropped, paragraphs and line breaks as spaces).
 */

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X"))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function htmlToInline(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
      .replace(
        /<a\s[^>]*href\s*=\s*["']?(https?:\/\/[^"'\s>]+|mailto:[^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a>/gi,
        "[$2]($1)",
      )
      .replace(/<(strong|b)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi, "**$3**")
      .replace(/<(em|i)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi, "*$3*")
      .replace(/<br\s*\/?>|<\/p>\s*<p[^>]*>/gi, " ")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
}
