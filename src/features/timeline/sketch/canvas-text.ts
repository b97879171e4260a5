/**
 * A 2D context on an offscreen canvas: the plot's canvas is handed to one and the labels'
 * atlas is one, so their fonts resolve without the page's styles (setting a font on a page
 * canvas's context can wait for a recalculation of the page's styles).
 */
export type Canvas2D = OffscreenCanvasRenderingContext2D;

/** A canvas font in the plot's family: `${weight} ${size}px ${family}`. */
export const canvasFont = (family: string, size: number, weight = 400) =>
  `${weight} ${size}px ${family}`;

/** Widths and font boxes measured once per font: measureText is among a canvas's dearest calls. */
const widths = new Map<string, number>();
const fontBoxes = new Map<string, { ascent: number; descent: number }>();

/** The width of `text` in the context's current font, measured once. */
export function textWidth(ctx: Canvas2D, text: string): number {
  const key = `${ctx.font}|${ctx.letterSpacing}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // A long story's ticks and words are thousands; the cache must not grow without end.
    if (widths.size > 20_000) widths.clear();
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

/**
 * Writes `text` on a line box `height` px high whose top is `top`, where CSS puts it: the
 * font's ascent and descent centred in the line (half-leading), the baseline below the ascent.
 * The context's textBaseline must be "alphabetic".
 */
export function write(ctx: Canvas2D, text: string, x: number, top: number, height: number) {
  let box = fontBoxes.get(ctx.font);
  if (!box) {
    const metrics = ctx.measureText("Hg");
    box = { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
    fontBoxes.set(ctx.font, box);
  }
  ctx.fillText(text, x, top + (height - box.ascent - box.descent) / 2 + box.ascent);
}
