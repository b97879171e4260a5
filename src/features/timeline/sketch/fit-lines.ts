/** Measures a string's width in px, in the font the words are drawn in. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = "…";

/**
 * The longest start of `text` that fits in `width` px with "…" after it. Measured a character
 * at a time, each width known once per font: measuring every candidate whole would cost a
 * canvas's measureText (tens of microseconds) each time.
 */
function cutWithEllipsis(text: string, width: number, measure: MeasureText): string {
  let room = width - measure(ELLIPSIS);
  let end = 0;
  for (const char of text) {
    room -= measure(char);
    if (room < 0) break;
    end += char.length;
  }
  return text.slice(0, end).trimEnd() + ELLIPSIS;
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
 * text goes on past it, and a word longer than a line is cut with "…". Each word is measured
 * on its own (so a canvas measures each once), and a line is its words and spaces.
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const space = measure(" ");
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    const word = words[next]!;
    const wordWidth = measure(word);
    const joined = line ? lineWidth + space + wordWidth : wordWidth;
    if (joined <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = joined;
      next++;
    } else if (line) {
      lines.push(line);
      [line, lineWidth] = ["", 0];
    } else {
      lines.push(cutWithEllipsis(word, width, measure));
      next++;
    }
  }
  if (line) lines.push(line);
  if (next < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = cutWithEllipsis(lines[last]!, width, measure);
  }
  return lines;
}
