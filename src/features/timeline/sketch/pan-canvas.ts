import { paintPlot } from "./paint-plot.ts";
import type { Area, SketchScene } from "./sketch-scene.ts";
import { fitSurface, sketchOverscan, slide, withOverscan, type Surface } from "./sketch-surface.ts";
import type { SpriteCache } from "./sprite-cache.ts";

/** What the pan's canvas holds: a whole layout, unstretched. */
type PanPicture = Pick<SketchScene, "model" | "selected" | "wordsOf" | "palette">;

/**
 * The canvas a pan slides (sketch-surface.ts): as wide as the sketch's own layouts reach, it is
 * painted whole and then only moved by the compositor until the layout changes. A paint of it
 * costs its size whatever is drawn, so it is painted at most twice for a layout: at once, with
 * the labels in sight and those whose pictures are ready or can be drawn by `deadline`; then,
 * if some were left out, again when their pictures have been drawn in idle time (plot-sketch).
 * Its picture is kept between gestures.
 */
export function createPanCanvas(sprites: SpriteCache) {
  let held: PanPicture | undefined;
  // Whether every label of the held picture is on it.
  let whole = false;
  // How far it reaches beyond each side of the viewport.
  let reach = 0;
  const areaFor = (width: number): Area => withOverscan(width, reach);
  return {
    /** Sizes it for a plot `width` × `height`, forgetting its picture if that clears it. */
    fit(surface: Surface, width: number, height: number) {
      reach = sketchOverscan(width, window.devicePixelRatio || 1);
      if (fitSurface(surface, width + 2 * reach, height, -reach)) held = undefined;
    },
    /** The stretch of x it paints for a layout `width` px wide: all of it. */
    areaFor,
    /**
     * Slides it by `shift`, painted first unless it holds `scene` already (or holds it with
     * labels left out, and `deadline` is Infinity: now they must all be drawn). True if
     * every label is on it.
     */
    show(
      surface: Surface,
      scene: Omit<SketchScene, "scale" | "shift">,
      shift: number,
      deadline: number,
    ): boolean {
      const same =
        held?.model === scene.model &&
        held.selected === scene.selected &&
        held.wordsOf === scene.wordsOf &&
        held.palette === scene.palette;
      if (!same || (!whole && deadline === Infinity)) {
        // All of it: a layout of React's reaches less far than the sketch's own. The labels
        // in the viewport, where the canvas now stands in for the plot, whatever the time.
        const { width } = scene.model;
        const area = areaFor(width);
        const seen = { x0: -shift, x1: width - shift };
        const painted = { ...scene, scale: 1, shift: 0, area, seen };
        whole = paintPlot(surface.context, painted, sprites, deadline);
        held = scene;
      }
      slide(surface.canvas, shift);
      return whole;
    },
  };
}
