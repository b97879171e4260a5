import { MARKER_RADIUS, SELECTED_MARKER_RADIUS } from "@/features/timeline/marker-paths.ts";
import type { Canvas2D } from "./canvas-text.ts";
import type { SketchPalette } from "./sketch-palette.ts";

/** How a marker looks: its shape, edge, fill and size (paint-plot.ts draws them). */
export interface MarkerLook {
  deadline: boolean;
  fuzzy: boolean;
  solid: boolean;
  radius: number;
}

const LINE_WIDTH = 3;

/** Traces a marker's outline around (x, y): a diamond for a deadline, else a circle. */
export function markerShape(ctx: Canvas2D, deadline: boolean, x: number, y: number, r: number) {
  if (deadline) {
    const d = r * Math.SQRT2;
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
    ctx.closePath();
  } else {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

/** Fills and strokes the path traced on `ctx` as markers that look like `look`. */
export function inkMarkers(ctx: Canvas2D, look: MarkerLook, palette: SketchPalette) {
  const edge = look.deadline ? palette.status.denied.text : palette.accent;
  ctx.fillStyle = look.solid ? edge : palette.bg;
  ctx.fill();
  ctx.lineWidth = LINE_WIDTH;
  ctx.strokeStyle = edge;
  ctx.setLineDash(look.fuzzy ? [3, 2] : []);
  ctx.stroke();
  ctx.setLineDash([]);
}

interface Stamp {
  image: ImageBitmap;
  /** Its side, CSS px. */
  size: number;
}

/** Stamps by palette (readPalette keeps one object per theme) and then by look and ratio. */
const stamps = new WeakMap<SketchPalette, Map<string, Stamp | null>>();

/**
 * A picture of one marker, drawn once per look and colours: copying it costs a browser that
 * rasters canvases in software far less than filling and stroking hundreds of dashed circles
 * in every frame of a zoom (three quarters of such a frame's raster, measured). Null where
 * there is no OffscreenCanvas.
 */
export function markerStamp(look: MarkerLook, palette: SketchPalette, ratio: number) {
  let byLook = stamps.get(palette);
  if (!byLook) stamps.set(palette, (byLook = new Map()));
  const key = `${look.deadline}|${look.fuzzy}|${look.solid}|${look.radius}|${ratio}`;
  let stamp = byLook.get(key);
  if (stamp === undefined) {
    stamp = drawStamp(look, palette, ratio);
    byLook.set(key, stamp);
  }
  return stamp;
}

/** Draws every look's stamp ahead (in idle time), so that no frame of a gesture does. */
export function warmStamps(palette: SketchPalette) {
  const ratio = globalThis.devicePixelRatio || 1;
  for (const radius of [MARKER_RADIUS, SELECTED_MARKER_RADIUS])
    for (const deadline of [false, true])
      for (const fuzzy of [false, true])
        for (const solid of [false, true])
          markerStamp({ deadline, fuzzy, solid, radius }, palette, ratio);
}

function drawStamp(look: MarkerLook, palette: SketchPalette, ratio: number): Stamp | null {
  if (typeof OffscreenCanvas !== "function") return null;
  const reach = look.radius * (look.deadline ? Math.SQRT2 : 1) + LINE_WIDTH / 2 + 1;
  const size = Math.ceil(reach * 2);
  const canvas = new OffscreenCanvas(Math.ceil(size * ratio), Math.ceil(size * ratio));
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  ctx.beginPath();
  markerShape(ctx, look.deadline, size / 2, size / 2, look.radius);
  inkMarkers(ctx, look, palette);
  return { image: canvas.transferToImageBitmap(), size };
}

/**
 * Stamps the marker centred on (x, y), at whole device pixels as the labels are; false if
 * there is no stamp (then trace and ink it instead).
 */
export function stampMarker(
  ctx: Canvas2D,
  look: MarkerLook,
  palette: SketchPalette,
  at: { x: number; y: number },
): boolean {
  const ratio = globalThis.devicePixelRatio || 1;
  const stamp = markerStamp(look, palette, ratio);
  if (!stamp) return false;
  const half = stamp.size / 2;
  const left = Math.round((at.x - half) * ratio) / ratio;
  const top = Math.round((at.y - half) * ratio) / ratio;
  ctx.drawImage(stamp.image, left, top, stamp.size, stamp.size);
  return true;
}
