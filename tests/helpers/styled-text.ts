import type { InlineToken } from "@/lib/inline-markup.ts";

export interface Styled {
  char: string;
  em: boolean;
  strong: boolean;
  href: string;
}

/**
 * What a reader gets, character by character: the character, whether it is emphasised or
 * strong, and where it links to. Two token trees that give the same list render the same.
 */
export function styledText(
  tokens: readonly InlineToken[],
  em = false,
  strong = false,
  href = "",
): Styled[] {
  return tokens.flatMap((t) => {
    if (t.type === "text") return [...t.text].map((char) => ({ char, em, strong, href }));
    if (t.type === "em") return styledText(t.children, true, strong, href);
    if (t.type === "strong") return styledText(t.children, em, true, href);
    return styledText(t.children, em, strong, t.href);
  });
}
