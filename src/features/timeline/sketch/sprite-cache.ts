import type { Canvas2D } from "./canvas-text.ts";

/** Where a picture is in the atlas, in device pixels, and its size in CSS px. */
interface Slot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The atlas's side, in device pixels: 16 MB, room for a few hundred labels. */
const SIDE = 2048;

/**
 * Pictures of labels by key (what they show: id, width, selection), drawn once into one atlas
 * canvas and copied from it onto the plot each frame they are in view, so that a frame of a
 * gesture copies each label's pixels instead of writing its words again: a copy costs a few
 * microseconds, a label's frame and words some tens. One atlas, not a canvas per label: a new
 * canvas and its context cost more than the label's drawing (0.6 ms against 0.1 ms here).
 * Pictures go on shelves of their own height; when the atlas is full it is emptied, and what
 * is in view is drawn again.
 */
export function createSpriteCache() {
  let atlas: OffscreenCanvas | undefined;
  let context: Canvas2D | null = null;
  let ratio = 1;
  const slots = new Map<string, Slot>();
  let shelves: { y: number; height: number; x: number }[] = [];

  const empty = () => {
    slots.clear();
    shelves = [];
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, SIDE, SIDE);
  };

  /** A free place `w` × `h` device px, emptying the atlas if there is none. */
  const place = (w: number, h: number): { x: number; y: number } | undefined => {
    if (w > SIDE || h > SIDE) return undefined;
    let shelf = shelves.find((s) => s.height === h && s.x + w <= SIDE);
    if (!shelf) {
      const last = shelves.at(-1);
      const y = last ? last.y + last.height : 0;
      if (y + h > SIDE) {
        empty();
        return place(w, h);
      }
      shelf = { y, height: h, x: 0 };
      shelves.push(shelf);
    }
    const at = { x: shelf.x, y: shelf.y };
    shelf.x += w;
    return at;
  };

  return {
    /**
     * Draws the picture for `key`, `size` CSS px, with `draw`, unless the atlas has it. Draw
     * every picture a frame needs before copying any: drawing into the atlas after a copy
     * from it makes the browser copy the whole atlas first (the copy's snapshot is shared).
     */
    prepare(key: string, size: { width: number; height: number }, draw: (ctx: Canvas2D) => void) {
      const deviceRatio = window.devicePixelRatio || 1;
      if (deviceRatio !== ratio) {
        ratio = deviceRatio;
        empty();
      }
      if (slots.has(key)) return;
      atlas ??= new OffscreenCanvas(SIDE, SIDE);
      context ??= atlas.getContext("2d");
      const w = Math.ceil(size.width * ratio);
      const h = Math.ceil(size.height * ratio);
      const free = context && place(w, h);
      if (!context || !free) return;
      context.setTransform(ratio, 0, 0, ratio, free.x, free.y);
      context.save();
      context.beginPath();
      context.rect(0, 0, size.width, size.height);
      context.clip();
      context.textBaseline = "alphabetic";
      draw(context);
      context.restore();
      slots.set(key, { ...free, width: w, height: h });
    },
    /** Copies the picture for `key` onto `target`, its top left at (left, top) CSS px. */
    copy(target: Canvas2D, key: string, at: { left: number; top: number }) {
      const slot = slots.get(key);
      if (!atlas || !slot) return;
      // Whole device pixels: the words stay as sharp as the DOM's.
      const left = Math.round(at.left * ratio) / ratio;
      const top = Math.round(at.top * ratio) / ratio;
      const { x, y, width, height } = slot;
      target.drawImage(atlas, x, y, width, height, left, top, width / ratio, height / ratio);
    },
    clear: empty,
  };
}

export type SpriteCache = ReturnType<typeof createSpriteCache>;
