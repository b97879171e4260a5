import {
  linkPoints,
  MARKER_RADIUS,
  SELECTED_MARKER_RADIUS,
} from "@/features/timeline/marker-paths.ts";
import type { PlotModel } from "@/features/timeline/plot-model.ts";
import { canvasFont, textWidth, write, type Canvas2D } from "./canvas-text.ts";
import { ellipsize, type MeasureText } from "./fit-lines.ts";
import { inkMarkers, markerShape, stampMarker, type MarkerLook } from "./marker-stamps.ts";
import { paintLabels } from "./paint-labels.ts";
import { areaOf, toX, type SketchScene, type ToX } from "./sketch-scene.ts";
import type { SpriteCache } from "./sprite-cache.ts";

export type { SketchScene } from "./sketch-scene.ts";

/**
 * Paints the wide plot on a canvas, from its render model, as the DOM draws it: the context
 * strip, bands, axis, ticks, "now", bars, links and markers, then the words and the labels.
 * Used while a gesture runs (plot-sketch.ts), so that a frame costs a few hundred canvas calls,
 * not a relayout of the labels. Labels move with their events, unstretched, as in moveLayer;
 * each is drawn once into `sprites` and copied from there while it stays the same.
 *
 * A label new to the view is drawn only until `deadline` (performance.now()), or for the
 * labels' first `atLeast` ms, so that every frame makes headway where the rest of the plot
 * took the frame's time: the rest wait for a later frame, and it returns false. A zoom that
 * brings hundreds of labels into view shows them over a few frames instead of holding one
 * frame for all of them.
 */
export function paintPlot(
  ctx: Canvas2D,
  scene: SketchScene,
  sprites: SpriteCache,
  deadline = Infinity,
  atLeast = 0,
): boolean {
  const { model } = scene;
  const X = toX(scene);
  const { x0, x1 } = areaOf(scene);
  ctx.clearRect(x0, 0, x1 - x0, model.height);
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  paintBackdrop(ctx, scene, X);
  paintAxis(ctx, scene, X);
  paintMarkers(ctx, scene, X);
  paintAxisWords(ctx, scene, X);
  const until = Math.max(deadline, performance.now() + atLeast);
  return paintLabels(ctx, scene, X, sprites, until);
}

function paintBackdrop(ctx: Canvas2D, { model, palette, scale }: SketchScene, X: ToX) {
  ctx.fillStyle = palette.bgRaised;
  for (const strip of model.context.strips)
    ctx.fillRect(X(strip.x0), 0, (strip.x1 - strip.x0) * scale, model.height);
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const x of model.context.edges) verticalLine(ctx, X(x), 0, model.height);
  ctx.stroke();
  for (const { band } of model.bands) {
    const left = X(band.left);
    const width = band.width * scale;
    ctx.globalAlpha = 0.07;
    ctx.fillStyle = palette.accent;
    ctx.fillRect(left, band.top, width, band.height);
    ctx.globalAlpha = 0.55;
    ctx.strokeStyle = palette.accent;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    verticalLine(ctx, left, band.top, band.height);
    verticalLine(ctx, left + width, band.top, band.height);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
}

function paintAxis(ctx: Canvas2D, scene: SketchScene, X: ToX) {
  const { model, palette } = scene;
  const y = model.axis.y;
  ctx.strokeStyle = palette.text;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(X(model.axis.x1), y);
  ctx.lineTo(X(model.axis.x2), y);
  ctx.stroke();
  for (const gap of model.breaks) {
    const x0 = X(gap.x0);
    const x1 = X(gap.x1);
    ctx.fillStyle = gap.onContext ? palette.bgRaised : palette.bg;
    ctx.fillRect(x0 + 2, y - 10, Math.max(0, x1 - x0 - 4), 20);
    ctx.strokeStyle = palette.muted;
    ctx.beginPath();
    ctx.moveTo(x0 + 6, y + 8);
    ctx.lineTo(x0 + 12, y - 8);
    ctx.moveTo(x1 - 12, y + 8);
    ctx.lineTo(x1 - 6, y - 8);
    ctx.stroke();
  }
  ctx.strokeStyle = palette.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of model.ticks) verticalLine(ctx, X(tick.x), y, 6);
  ctx.stroke();
  if (model.now) {
    ctx.strokeStyle = palette.accent;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    verticalLine(ctx, X(model.now.x), 0, model.height);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const span of model.spans) {
    const selected = span.id === scene.selected;
    ctx.globalAlpha = span.fuzzy ? 0.7 : 1;
    ctx.fillStyle = palette.status.reported.bg;
    ctx.beginPath();
    ctx.roundRect(X(span.bar.left), span.bar.top, span.bar.width * scene.scale, span.bar.height, 4);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(span.fuzzy ? [4, 3] : []);
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = selected ? 2.5 : 1;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  // The lines from markers up to their labels, the selected one on top in the accent colour.
  const link = (label: PlotModel["labels"][number]) => {
    const points = linkPoints(
      { x: X(label.markerX), labelX: X(label.left), labelWidth: label.width, lane: label.lane },
      y,
      model.rows.lanesHeight,
    );
    ctx.moveTo(...points[0]);
    ctx.lineTo(...points[1]);
    ctx.lineTo(...points[2]);
  };
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const label of model.labels) if (label.id !== scene.selected) link(label);
  ctx.stroke();
  const selectedLabel = model.labels.find((label) => label.id === scene.selected);
  if (selectedLabel) {
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    link(selectedLabel);
    ctx.stroke();
  }
}

/**
 * Every marker, each kind stamped from its picture (marker-stamps.ts), the selected one last
 * and bigger. Zoomed out, thousands of markers share a few hundred places: one stamp each.
 */
function paintMarkers(ctx: Canvas2D, scene: SketchScene, X: ToX) {
  const { model, items, palette } = scene;
  const y = model.axis.y;
  const area = areaOf(scene);
  const batches = new Map<string, { look: MarkerLook; xs: Set<number> }>();
  let selected: { look: MarkerLook; x: number } | undefined;
  for (const marker of model.markers) {
    const item = items.get(marker.id);
    const x = X(marker.x);
    if (!item || x < area.x0 - MARKER_RADIUS * 2 || x > area.x1 + MARKER_RADIUS * 2) continue;
    const look = {
      deadline: item.kind === "deadline",
      fuzzy: item.fuzzy,
      solid: item.status === "confirmed",
      radius: MARKER_RADIUS,
    };
    if (marker.id === scene.selected) {
      selected = { look: { ...look, radius: SELECTED_MARKER_RADIUS }, x };
      continue;
    }
    const key = `${look.deadline}|${look.fuzzy}|${look.solid}`;
    const batch = batches.get(key) ?? { look, xs: new Set<number>() };
    batch.xs.add(Math.round(x * 2) / 2);
    batches.set(key, batch);
  }
  const paint = (look: MarkerLook, xs: Iterable<number>) => {
    let traced = false;
    for (const x of xs) {
      if (stampMarker(ctx, look, palette, { x, y })) continue;
      if (!traced) ctx.beginPath();
      traced = true;
      markerShape(ctx, look.deadline, x, y, look.radius);
    }
    if (traced) inkMarkers(ctx, look, palette);
  };
  for (const { look, xs } of batches.values()) paint(look, xs);
  if (selected) paint(selected.look, [selected.x]);
}

/** Tick labels, "now" and the context's word, each on a patch of the colour behind it. */
function paintAxisWords(ctx: Canvas2D, { model, palette }: SketchScene, X: ToX) {
  ctx.textAlign = "center";
  ctx.font = canvasFont(palette.font, 12);
  for (const tick of model.tickLabels) {
    const x = X(tick.left);
    const half = textWidth(ctx, tick.text) / 2 + 2;
    ctx.fillStyle = tick.onContext ? palette.bgRaised : palette.bg;
    ctx.fillRect(x - half, tick.top, half * 2, 12);
    ctx.fillStyle = palette.muted;
    write(ctx, tick.text, x, tick.top, 12);
  }
  if (model.now) {
    const { label } = model.now;
    const x = X(label.left);
    ctx.font = canvasFont(palette.font, 12, 650);
    const half = textWidth(ctx, label.text) / 2 + 4;
    ctx.fillStyle = palette.bg;
    ctx.fillRect(x - half, label.top, half * 2, 14);
    ctx.fillStyle = palette.accent;
    write(ctx, label.text, x, label.top + 1, 12);
  }
  ctx.textAlign = "left";
  const word = model.context.label;
  if (word) {
    ctx.font = canvasFont(palette.font, 11, 650);
    ctx.letterSpacing = "0.88px";
    ctx.fillStyle = palette.muted;
    write(ctx, word.text.toUpperCase(), X(word.left), word.top, 11);
    ctx.letterSpacing = "0px";
  }
  ctx.font = canvasFont(palette.font, 12, 650);
  ctx.fillStyle = palette.text;
  for (const band of model.bands) {
    const measure: MeasureText = (text) => textWidth(ctx, text);
    const text = ellipsize(band.text, band.label.width, measure);
    write(ctx, text, X(band.label.left), band.label.top, 16);
  }
}

function verticalLine(ctx: Canvas2D, x: number, y: number, height: number) {
  ctx.moveTo(x, y);
  ctx.lineTo(x, y + height);
}
