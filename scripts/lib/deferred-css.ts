/**
 * Styles a page does not need for its first paint: those for paper and for forced colours
 * (Windows' high-contrast themes). Every page inlines its styles, and its first response must
 * fit 14 KB; these blocks are about a tenth of them. They go to a stylesheet of their own,
 * linked with their media, which a browser fetches without waiting for it (and waits for only
 * where that media applies).
 */

/** The at-rules moved, as the minifier writes them. */
const DEFERRED = [/^@media print\b/, /^@media \(forced-colors: ?active\)/];

/** The media query of the deferred stylesheet's link. */
export const DEFERRED_MEDIA = "print, (forced-colors: active)";

/**
 * Splits a stylesheet into what stays inline and the deferred blocks (top-level `@media print`
 * and `@media (forced-colors: active)` rules), each in its original order. The deferred rules
 * then come after all the others, where they win ties they were written to win anyway.
 */
export function splitDeferredCss(css: string): { inline: string; deferred: string } {
  let inline = "";
  let deferred = "";
  let i = 0;
  while (i < css.length) {
    const end = endOfRule(css, i);
    const rule = css.slice(i, end);
    if (DEFERRED.some((pattern) => pattern.test(rule.trimStart()))) deferred += rule.trim();
    else inline += rule;
    i = end;
  }
  return { inline, deferred };
}

/** Where the top-level rule starting at `from` ends: after its block, or its `;`. */
function endOfRule(css: string, from: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "/" && css[i + 1] === "*")
      i = Math.max(i, css.indexOf("*/", i + 2) + 1 || css.length);
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
    else if (c === ";" && depth === 0) return i + 1;
  }
  return css.length;
}
