import type { Canvas2D } from "./canvas-text.ts";
import type { Area } from "./sketch-scene.ts";

/**
 * The sketch's two canvases in their frame (SketchCanvases in the page): one the viewport's
 * size, painted on each frame of a zoom; one as wide as a layout, its overscan too, which a
 * pan slides. Two, because a browser that rasters canvases in software copies a canvas's
 * whole picture on each frame it is painted: the wide one costs twice as much to paint.
 */
export interface SketchCanvases {
  frame: HTMLElement;
  zoom: HTMLCanvasElement;
  pan: HTMLCanvasElement;
}

/** A canvas handed to an offscreen one, which draws what the canvas element shows. */
export interface Surface {
  canvas: HTMLCanvasElement;
  offscreen: OffscreenCanvas;
  context: Canvas2D;
}

const surfaces = new WeakMap<HTMLCanvasElement, Surface | null>();

/** The canvas's surface: handed over on first use, for good (null if it has no 2D context). */
export function surfaceOf(canvas: HTMLCanvasElement): Surface | null {
  let surface = surfaces.get(canvas);
  if (surface === undefined) {
    const offscreen = canvas.transferControlToOffscreen();
    const context = offscreen.getContext("2d", { desynchronized: true });
    surface = context && { canvas, offscreen, context };
    surfaces.set(canvas, surface);
  }
  return surface;
}

/**
 * Sizes the surface for `width` × `height` CSS px of the plot, its left edge at `left` px
 * (so that the model's x = 0, the viewport's left edge, is drawn at `-left`). True if it was
 * resized, which clears it.
 */
export function fitSurface(surface: Surface, width: number, height: number, left: number): boolean {
  const { canvas, offscreen, context } = surface;
  const ratio = window.devicePixelRatio || 1;
  const pixels = [Math.round(width * ratio), Math.round(height * ratio)] as const;
  const resized = offscreen.width !== pixels[0] || offscreen.height !== pixels[1];
  if (resized) {
    [offscreen.width, offscreen.height] = pixels;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.left = `${left}px`;
  }
  context.setTransform(ratio, 0, 0, ratio, -left * ratio, 0);
  return resized;
}

/** Shows one canvas of the frame, hiding the other (they inherit the frame's visibility). */
export function showOnly(canvases: SketchCanvases, shown: HTMLCanvasElement) {
  for (const canvas of [canvases.zoom, canvases.pan])
    canvas.style.visibility = canvas === shown ? "" : "hidden";
}

/** Moves the canvas by `shift` px: the compositor's work, no paint. */
export function slide(canvas: HTMLCanvasElement, shift: number) {
  canvas.style.transform = shift === 0 ? "" : `translateX(${shift}px)`;
}

/**
 * Whether this browser and mode draw gestures on the canvas at all: in forced colours the page's
 * colours are the system's, which the DOM preview keeps; and the canvas needs OffscreenCanvas.
 */
export function canSketch(canvas: HTMLCanvasElement): boolean {
  if (matchMedia("(forced-colors: active)").matches) return false;
  return "transferControlToOffscreen" in canvas && typeof OffscreenCanvas === "function";
}

/**
 * How far the sketch lays the plot out beyond each side of the viewport, px: a pan slides
 * its picture that far before it needs another layout (and another paint of the whole
 * picture, the one frame of a pan that misses the display). One and a half viewports, as long
 * as the pan's canvas stays within MAX_CANVAS_PX device pixels wide, and never less than the
 * page's own layouts reach, half a viewport.
 */
export function sketchOverscan(width: number, ratio: number): number {
  const within = (MAX_CANVAS_PX / ratio - width) / 2;
  return Math.max(Math.round(width / 2), Math.floor(Math.min(1.5 * width, within)));
}

/**
 * The widest the pan's canvas is made, in device pixels: by a plot 450 px tall, 7 MB of pixels
 * (15 MB on a screen of two device pixels a CSS pixel, where twice as wide was 30 MB), held by
 * every desktop page for gestures that may never come.
 */
const MAX_CANVAS_PX = 4096;

/** The viewport and `overscan` px on each side. */
export const withOverscan = (width: number, overscan: number): Area => ({
  x0: -overscan,
  x1: width + overscan,
});
