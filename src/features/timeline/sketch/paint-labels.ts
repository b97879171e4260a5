import type { Canvas2D } from "./canvas-text.ts";
import {
  clusterWidth,
  CLUSTER_HEIGHT,
  drawCard,
  drawCluster,
  drawSpanLabel,
  LABEL_MARGIN,
} from "./draw-labels.ts";
import { areaOf, toX, type SketchScene, type ToX } from "./sketch-scene.ts";
import type { SpriteCache } from "./sprite-cache.ts";

/**
 * The labels, each copied from its picture (drawn on first sight): cards, periods' words and
 * "+N" badges. A picture reaches LABEL_MARGIN px outside its label, for the selected ring.
 */
export function paintLabels(
  ctx: Canvas2D,
  scene: SketchScene,
  X: ToX,
  sprites: SpriteCache,
  deadline: number,
): boolean {
  const { model, palette } = scene;
  const area = areaOf(scene);
  const { seen } = scene;
  const m = LABEL_MARGIN;
  const shown: { key: string; left: number; top: number }[] = [];
  let complete = true;
  const show = (
    label: string,
    key: string,
    box: { left: number; top: number; width: number; height: number },
    draw: (c: Canvas2D, at: { x: number; y: number }) => void,
  ) => {
    const left = X(box.left);
    if (left >= area.x1 || left + box.width <= area.x0) return;
    let picture: string | undefined = key;
    if (!sprites.has(key)) {
      const inSight = seen !== undefined && left < seen.x1 && left + box.width > seen.x0;
      if (performance.now() > deadline && !inSight) {
        // Out of time: the label as it was last drawn (another width), or nothing, this frame.
        complete = false;
        picture = sprites.latestOf(label);
        if (picture === undefined) return;
      } else {
        const size = { width: box.width + 2 * m, height: box.height + 2 * m };
        sprites.prepare(key, size, (c) => draw(c, { x: m, y: m }), label);
      }
    }
    shown.push({ key: picture, left: left - m, top: box.top - m });
  };
  // Layout widths come as 231.99999999999997 as often as 232.
  const px = (value: number) => Math.round(value * 8) / 8;
  for (const label of model.labels) {
    const words = scene.wordsOf(label.id);
    if (!words) continue;
    const selected = label.id === scene.selected;
    const { width, height } = label;
    show(`card|${label.id}`, `card|${label.id}|${px(width)}|${selected}`, label, (c, at) =>
      drawCard(c, { ...at, width, height }, words, selected, palette),
    );
  }
  for (const span of model.spans) {
    const words = scene.wordsOf(span.id);
    if (!words) continue;
    const { width, height, inset } = span.label;
    show(`span|${span.id}`, `span|${span.id}|${px(width)}|${px(inset)}`, span.label, (c, at) =>
      drawSpanLabel(c, { ...at, width, height, inset }, words, palette),
    );
  }
  for (const cluster of model.clusters) {
    const text = `+${cluster.ids.length}`;
    const width = clusterWidth(ctx, text, palette);
    show(
      `cluster|${text}`,
      `cluster|${text}`,
      { ...cluster, width, height: CLUSTER_HEIGHT },
      (c, at) => drawCluster(c, { ...at, width }, text, palette),
    );
  }
  for (const { key, left, top } of shown) sprites.copy(ctx, key, { left, top });
  return complete;
}

/**
 * Draws the pictures of the labels `scene` shows, until `deadline`, onto `ctx` (a scratch
 * canvas: copying a picture once is what makes the browser raster it). In idle time, so that a
 * gesture's first frame only copies them. False if time ran out first.
 */
export function warmLabels(
  ctx: Canvas2D,
  scene: SketchScene,
  sprites: SpriteCache,
  deadline: number,
): boolean {
  return paintLabels(ctx, scene, toX(scene), sprites, deadline);
}
