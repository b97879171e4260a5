/**
 * The canonical rich-text syntax's shared parts: its tokens, which links are allowed, and what a
 * run of stars means (see inline-markup.ts for the syntax, inline-markup-writer.ts for writing
 * it). Kept apart so the browser's reader and the authoring side's writer cannot disagree.
 */

export type InlineToken =
  | { type: "text"; text: string }
  | { type: "em"; children: InlineToken[] }
  | { type: "strong"; children: InlineToken[] }
  | { type: "link"; href: string; children: InlineToken[] };

/** Links may only go to web pages and e-mail addresses: no javascript:, data: or relative URLs. */
export function isAllowedHref(href: string): boolean {
  // Checked first so that most rejected hrefs never reach the URL parser, which throws (slowly).
  if (!/^(?:https?|mailto):/i.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

export type Style = "em" | "strong";
export const MARKER: Record<Style, string> = { em: "*", strong: "**" };

/** Every combination of styles, strong before em: the order a run opens them in. */
export const STYLE_SETS: readonly (readonly Style[])[] = [[], ["em"], ["strong"], ["strong", "em"]];

/**
 * Stars say, between stretches of text, which styles the next stretch has (emphasis, strong,
 * both or neither; a style inside the same style means nothing more to a reader). A run of
 * stars changes the open styles (outermost first) to the set `want`: keep the longest prefix
 * still wanted, close the rest innermost first, open what is missing, strong before em. The
 * writer emits exactly that many stars; the reader, knowing what is open and how many stars it
 * sees, finds the one set that costs that many. From each of the five possible stacks the four
 * sets cost different numbers of stars (checked as RUNS is built), so `***`, `****` or `*****`
 * are never ambiguous, and the reader needs no look-ahead.
 */
export function restyle(open: readonly Style[], want: readonly Style[]) {
  let keep = 0;
  while (keep < open.length && want.includes(open[keep]!)) keep++;
  const kept = open.slice(0, keep);
  const add = want.filter((style) => !kept.includes(style));
  const stars = [...open.slice(keep), ...add].reduce((sum, s) => sum + MARKER[s].length, 0);
  return { keep, add, stars };
}

/** Every stack of open styles a context can have: no style twice. */
const STACKS: readonly (readonly Style[])[] = [
  [],
  ["em"],
  ["strong"],
  ["em", "strong"],
  ["strong", "em"],
];

/** What a run of stars means, by open stack and run length: worked out once, from `restyle`. */
export const RUNS = new Map<string, { keep: number; add: readonly Style[] }>();
for (const open of STACKS) {
  for (const want of STYLE_SETS) {
    const change = restyle(open, want);
    if (change.stars === 0) continue;
    const key = `${open.join()}|${change.stars}`;
    // Cannot happen (the tests write and read every change); fails at load if `restyle` changes.
    if (RUNS.has(key)) throw new Error(`Ambiguous run of ${change.stars} stars`);
    RUNS.set(key, change);
  }
}
