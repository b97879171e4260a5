import type { Canvas2D } from "./canvas-text.ts";

/** Where a picture is: its page, its place there in device pixels, its size in CSS px. */
interface Slot {
  page: OffscreenCanvas;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A page's size in CSS px: eight cards, or a few periods' words. */
const PAGE = { width: 1024, height: 160 };
/** At most this many pages (40 MB at one device pixel a CSS pixel); then they start again. */
const MAX_PAGES = 64;

/**
 * Pictures of labels by key (what they show: id, width, selection), so that a frame of a
 * gesture copies each label's pixels instead of writing its words again: a copy costs a few
 * microseconds, a label's frame and words some tens. They are drawn on small pages, filled
 * shelf by shelf and never drawn on again once full: drawing on a canvas that a frame has
 * copied from makes the browser copy the whole canvas first (one big atlas cost 16 MB of
 * copying on every frame that drew a new label), and a canvas or an ImageBitmap of its own
 * for every label cost more than the label's drawing.
 */
export function createSpriteCache() {
  const slots = new Map<string, Slot>();
  // The last picture drawn for each label (its id), whatever its size: a stand-in while the
  // label's new picture waits for a frame with time to draw it.
  const latest = new Map<string, string>();
  let pages: { canvas: OffscreenCanvas; context: Canvas2D }[] = [];
  let shelf = { x: 0, y: 0, height: 0 };
  let ratio = 1;

  const clear = () => {
    slots.clear();
    latest.clear();
    pages = [];
    shelf = { x: 0, y: 0, height: 0 };
  };

  /** A free place `w` × `h` device px on the last page, or on a new one. */
  const place = (w: number, h: number) => {
    const [pageWidth, pageHeight] = [PAGE.width * ratio, PAGE.height * ratio];
    if (w > pageWidth || h > pageHeight) return undefined;
    if (shelf.x + w > pageWidth) shelf = { x: 0, y: shelf.y + shelf.height, height: 0 };
    let page = pages.at(-1);
    if (!page || shelf.y + h > pageHeight) {
      if (pages.length >= MAX_PAGES) clear();
      const canvas = new OffscreenCanvas(Math.ceil(pageWidth), Math.ceil(pageHeight));
      const context = canvas.getContext("2d");
      if (!context) return undefined;
      page = { canvas, context };
      pages.push(page);
      shelf = { x: 0, y: 0, height: 0 };
    }
    const at = { page, x: shelf.x, y: shelf.y };
    shelf.x += w;
    shelf.height = Math.max(shelf.height, h);
    return at;
  };

  return {
    /**
     * Draws the picture for `key`, `size` CSS px, with `draw`, unless it is kept already: the
     * latest picture of `label`. Prepare every picture a frame needs before copying any (see
     * above).
     */
    prepare(
      key: string,
      size: { width: number; height: number },
      draw: (ctx: Canvas2D) => void,
      label = key,
    ) {
      const deviceRatio = window.devicePixelRatio || 1;
      if (deviceRatio !== ratio) {
        ratio = deviceRatio;
        clear();
      }
      if (slots.has(key)) return;
      const w = Math.ceil(size.width * ratio);
      const h = Math.ceil(size.height * ratio);
      const free = place(w, h);
      if (!free) return;
      const { context } = free.page;
      context.setTransform(ratio, 0, 0, ratio, free.x, free.y);
      context.save();
      context.textBaseline = "alphabetic";
      draw(context);
      context.restore();
      slots.set(key, { page: free.page.canvas, x: free.x, y: free.y, width: w, height: h });
      latest.set(label, key);
    },
    /** Whether the picture for `key` is drawn already. */
    has: (key: string) => slots.has(key),
    /** The key of the latest picture drawn of `label`, if it is still kept. */
    latestOf: (label: string) => {
      const key = latest.get(label);
      return key !== undefined && slots.has(key) ? key : undefined;
    },
    /** Copies the picture for `key` onto `target`, its top left at (left, top) CSS px. */
    copy(target: Canvas2D, key: string, at: { left: number; top: number }) {
      const slot = slots.get(key);
      if (!slot) return;
      // Whole device pixels: the words stay as sharp as the DOM's.
      const left = Math.round(at.left * ratio) / ratio;
      const top = Math.round(at.top * ratio) / ratio;
      const { page, x, y, width, height } = slot;
      target.drawImage(page, x, y, width, height, left, top, width / ratio, height / ratio);
    },
    clear,
  };
}

export type SpriteCache = ReturnType<typeof createSpriteCache>;
