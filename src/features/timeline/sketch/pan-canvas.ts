import { paintPlot } from "./paint-plot.ts";
import type { SketchScene } from "./sketch-scene.ts";
import { fitSurface, sketchOverscan, slide, withOverscan, type Surface } from "./sketch-surface.ts";
import type { SpriteCache } from "./sprite-cache.ts";

/** What the pan's canvas holds: a whole layout, unstretched. */
type PanPicture = Pick<SketchScene, "model" | "selected" | "wordsOf" | "palette">;

/**
 * The canvas a pan slides (sketch-surface.ts): as wide as the sketch's own layouts reach, it is
 * painted whole, at once, new labels too, and then only moved by the compositor until the
 * layout changes. A paint of it costs its size whatever is drawn, so one long frame costs less
 * than a few frames each adding some labels. Its picture is kept between gestures.
 */
export function createPanCanvas(sprites: SpriteCache) {
  let held: PanPicture | undefined;
  // How far it reaches beyond each side of the viewport.
  let reach = 0;
  return {
    /** Sizes it for a plot `width` × `height`, forgetting its picture if that clears it. */
    fit(surface: Surface, width: number, height: number) {
      reach = sketchOverscan(width, window.devicePixelRatio || 1);
      if (fitSurface(surface, width + 2 * reach, height, -reach)) held = undefined;
    },
    /** Slides it by `shift`, painted first unless it holds `scene` already. */
    show(surface: Surface, scene: Omit<SketchScene, "scale" | "shift">, shift: number) {
      const same =
        held?.model === scene.model &&
        held.selected === scene.selected &&
        held.wordsOf === scene.wordsOf &&
        held.palette === scene.palette;
      if (!same) {
        // All of it: a layout of React's reaches less far than the sketch's own.
        const area = withOverscan(scene.model.width, reach);
        paintPlot(surface.context, { ...scene, scale: 1, shift: 0, area }, sprites);
        held = scene;
      }
      slide(surface.canvas, shift);
    },
  };
}
