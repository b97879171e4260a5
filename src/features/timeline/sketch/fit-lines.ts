/** Measures a string's width in px, in the font the words are drawn in. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = "…";

/** The longest start of `text` that fits in `width` px with "…" after it. */
function cutWithEllipsis(text: string, width: number, measure: MeasureText): string {
  // Binary search on the length: measuring is the cost, and a title can be long.
  let fits = 0;
  let over = text.length + 1;
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) fits = mid;
    else over = mid;
  }
  return text.slice(0, fits).trimEnd() + ELLIPSIS;
}

/**
 * `text` cut to end in "…" within `width` px, as CSS `text-overflow: ellipsis` cuts it, or
 * unchanged if it fits.
 */
export function ellipsize(text: string, width: number, measure: MeasureText): string {
  return measure(text) <= width ? text : cutWithEllipsis(text, width, measure);
}

/**
 * `text` broken into at most `maxLines` lines no wider than `width` px, at spaces, as a
 * browser wraps a card's title under `-webkit-line-clamp`: the last line ends in "…" when the
 * text goes on past it, and a word longer than a line is cut with "…".
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    const word = words[next]!;
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      next++;
    } else if (line) {
      lines.push(line);
      line = "";
    } else {
      lines.push(word);
      next++;
    }
  }
  if (line) lines.push(line);
  const goesOn = next < words.length;
  return lines.map((text, i) =>
    goesOn && i === lines.length - 1
      ? cutWithEllipsis(text, width, measure)
      : ellipsize(text, width, measure),
  );
}
