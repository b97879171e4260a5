import { getPlotModel, type PlotModel } from "@/features/timeline/plot-model.ts";
import { needsLayout, previewOf } from "@/features/timeline/zoom-preview.ts";
import type { ZoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import type { Canvas2D } from "./canvas-text.ts";
import { clusterWidth } from "./draw-labels.ts";
import { hitLabel } from "./hit-label.ts";
import { createLayoutClient } from "./layout-client.ts";
import { createPanCanvas } from "./pan-canvas.ts";
import type { PlotSketch, SketchInputs } from "./plot-sketch-api.ts";
import { warmLabels } from "./paint-labels.ts";
import { paintPlot } from "./paint-plot.ts";
import { warmStamps } from "./marker-stamps.ts";
import { readPalette, type SketchPalette } from "./sketch-palette.ts";
import type { SketchScene } from "./sketch-scene.ts";
import {
  canSketch,
  fitSurface,
  showOnly,
  slide,
  surfaceOf,
  type SketchCanvases,
  type Surface,
  sketchOverscan,
  withOverscan,
} from "./sketch-surface.ts";
import { createSpriteCache } from "./sprite-cache.ts";

export type { PlotSketch, SketchInputs } from "./plot-sketch-api.ts";

/**
 * The shortest time between two layouts of the sketch: each brings labels new to the view to
 * draw, so not every frame of a fast zoom lays out again; in between, the drawing is stretched
 * or moved as the DOM preview would be.
 */
const MIN_LAYOUT_GAP_MS = 120;
/**
 * How long into a frame labels new to the view may still be drawn, and the least time they get
 * however long the rest took; the rest are drawn in idle time (catchUpLabels), and the frame
 * then again. The first frame of a gesture draws them all: the DOM it replaces has them.
 */
const NEW_LABELS_MS = 4;
const LABELS_AT_LEAST_MS = 2;
/** How long labels left out of a frame may wait for idle time before they are drawn anyway. */
const CATCH_UP_WITHIN_MS = 150;

export function createPlotSketch(): PlotSketch {
  let inputs: SketchInputs | undefined;
  // The canvases' surfaces, for the frame they were fitted in (start).
  let surfaces: { canvases: SketchCanvases; zoom: Surface; pan: Surface } | undefined;
  let palette: SketchPalette | undefined;
  let drawn: { model: PlotModel; transform: ZoomTransform1D; own: boolean } | undefined;
  let laidOutAt = 0;
  // The view last drawn in this gesture, and whether it was drawn as a pan.
  let shown: ZoomTransform1D | undefined;
  let panned = false;
  // Labels' pictures, kept while their words and colours stay the same.
  const sprites = createSpriteCache();
  const panCanvas = createPanCanvas(sprites);
  let spritesFor: { words: SketchInputs["wordsOf"]; palette: SketchPalette } | undefined;
  let firstFrame = false;
  // The frame is drawn again, its labels' pictures drawn meanwhile: the pan's canvas too.
  let again = false;
  // A frame asked for to draw the labels a frame had no time for.
  let catchUp = 0;
  // Idle time asked for to draw the pictures of the labels React has laid out (warm).
  let warming = 0;
  let scratch: Canvas2D | null | undefined;
  // Idle time asked for to draw the labels a frame of the gesture had no time for.
  let catching = 0;
  // Layouts made off the page's thread, and the gestures begun, so that a layout asked for in
  // one gesture is not drawn in the next.
  const layouts = createLayoutClient();
  let gesture = 0;

  /** Starts again when the labels' words or colours change: their pictures are stale. */
  const picturesFor = (words: SketchInputs["wordsOf"], colours: SketchPalette) => {
    if (spritesFor?.words === words && spritesFor.palette === colours) return;
    sprites.clear();
    spritesFor = { words, palette: colours };
  };

  /**
   * Draws the pictures of `scene`'s labels on a scratch canvas (copying a picture once is what
   * makes the browser raster it) for the rest of an idle slice, at most NEW_LABELS_MS: a click
   * in the middle of one waits for it. True once they are all drawn.
   */
  const warmSlice = (scene: SketchScene, idle: IdleDeadline): boolean => {
    scratch ??= new OffscreenCanvas(1, 1).getContext("2d");
    if (!scratch) return true;
    const deadline = performance.now() + Math.min(idle.timeRemaining(), NEW_LABELS_MS);
    return warmLabels(scratch, scene, sprites, deadline);
  };

  /**
   * In idle time, draws the pictures of React's layout's labels (its overscan too), so that a
   * gesture's first frame, which must show every label the DOM shows, only copies them.
   */
  const warm = (idle: IdleDeadline) => {
    warming = 0;
    const canvas = inputs?.canvases?.zoom;
    if (!inputs || !canvas || drawn || !canSketch(canvas)) return;
    const colours = readPalette(canvas);
    layouts?.prepare(inputs.base);
    if (!surfaces) {
      // Once, with the markers' stamps: what a gesture's first frame would otherwise do.
      fitSurfaces(inputs);
      warmStamps(colours);
      warming = requestIdleCallback(warm);
      return;
    }
    picturesFor(inputs.wordsOf, colours);
    const { model, wordsOf, selected, base } = inputs;
    const scene = { model, scale: 1, shift: 0, items: base.items, wordsOf, selected };
    const area = withOverscan(model.width, model.overscan);
    if (!warmSlice({ ...scene, palette: colours, area }, idle)) warming = requestIdleCallback(warm);
  };

  /**
   * Draws the pictures of the labels the last frame had no time for while the page is idle
   * (between a gesture's turns, there is time), then that frame again, complete: drawing them
   * a few per frame, each frame painting the whole plot again, cost a frame for each few.
   */
  const catchUpLabels = (idle: IdleDeadline) => {
    catching = 0;
    if (!inputs || !drawn || !shown || !palette) return;
    const { model } = drawn;
    // A pan's labels are those of its whole canvas, unmoved; a zoom's those of the view.
    const moved = panned ? { scale: 1, shift: 0 } : previewOf(drawn.transform, shown);
    const area = panned && { area: panCanvas.areaFor(model.width) };
    const { wordsOf, selected, base } = inputs;
    const scene = { model, ...moved, ...area, items: base.items, wordsOf, selected };
    if (warmSlice({ ...scene, palette }, idle)) redrawSoon();
    else catching = requestIdleCallback(catchUpLabels, { timeout: CATCH_UP_WITHIN_MS });
  };

  /** Draws the view shown again two frames on (a frame's own callbacks run after one asked for now). */
  const redrawSoon = () => {
    cancelAnimationFrame(catchUp);
    catchUp = requestAnimationFrame(() => {
      catchUp = requestAnimationFrame(() => {
        again = true;
        if (shown) sketch.draw(shown);
      });
    });
  };

  /**
   * Lays the plot out for `view` when it has strayed from what is drawn: by the worker, whose
   * layout is drawn when it comes (the drawing meanwhile stretched or moved), or here.
   */
  const layOut = (view: ZoomTransform1D) => {
    if (!inputs || !drawn) return;
    const stale = needsLayout(drawn.transform, view, inputs.view.width, drawn.model.overscan);
    if (!stale || performance.now() - laidOutAt < MIN_LAYOUT_GAP_MS) return;
    laidOutAt = performance.now();
    const asked = gesture;
    const overscan = sketchOverscan(inputs.view.width, window.devicePixelRatio || 1);
    // Labels at their own places, not pulled in at the view's edges: the picture is slid.
    const plotView = { ...inputs.view, transform: view, overscan, pullAtEdges: false };
    const made = layouts?.ask(inputs.base, plotView, (model) => {
      if (!drawn || gesture !== asked) return;
      drawn = { model, transform: view, own: true };
      redrawSoon();
    });
    if (!made) drawn = { model: getPlotModel(inputs.base, plotView), transform: view, own: true };
  };

  /**
   * Hands the canvases over and sizes them for the plot, if not done yet (a first sizing
   * allocates their pixels: tens of milliseconds, done in idle time by warm). The pan's
   * picture stays from the gesture before, for the same layout, unless they were resized.
   */
  const fitSurfaces = (
    given: SketchInputs,
  ): given is SketchInputs & { canvases: SketchCanvases } => {
    const { canvases, model } = given;
    if (!canvases || !canSketch(canvases.zoom)) return false;
    const zoom = surfaceOf(canvases.zoom);
    const pan = surfaceOf(canvases.pan);
    if (!zoom || !pan) return false;
    surfaces = { canvases, zoom, pan };
    const { width, height } = model;
    fitSurface(zoom, width, height, 0);
    panCanvas.fit(pan, width, height);
    return true;
  };

  const sketch: PlotSketch = {
    update: (next) => {
      const reselected = inputs !== undefined && next.selected !== inputs.selected;
      inputs = next;
      // A click on the canvas opened an event: it is drawn selected while the canvas stays.
      if (reselected && shown) sketch.draw(shown);
      if (!warming && typeof requestIdleCallback === "function")
        warming = requestIdleCallback(warm, { timeout: 2000 });
    },
    start: () => {
      const layer = inputs?.layer;
      if (!inputs || !layer || !fitSurfaces(inputs)) return false;
      const { canvases } = inputs;
      palette = readPalette(canvases.frame);
      drawn = { model: inputs.model, transform: inputs.transform, own: false };
      laidOutAt = 0;
      shown = undefined;
      firstFrame = true;
      gesture += 1;
      canvases.frame.style.visibility = "visible";
      layer.style.opacity = "0";
      // The canvas takes the pointer: hovering the invisible labels would restyle them on
      // every frame of a drag (and pointer-events on the layer would restyle them all now).
      canvases.frame.style.pointerEvents = "auto";
      return true;
    },
    draw: (view) => {
      if (!inputs || !drawn || !surfaces || !palette) return;
      const soon = performance.now() + NEW_LABELS_MS;
      const deadline = firstFrame ? Infinity : soon;
      const whole = again;
      [firstFrame, again] = [false, false];
      cancelAnimationFrame(catchUp);
      // A pan slides the wide canvas, painted once for the layout; a zoom paints the other.
      // A pan keeps the zoom of the frame before (or, first, of React's layout); a frame
      // drawn again is drawn as it was.
      const before = shown ?? drawn.transform;
      layOut(view);
      const { scale, shift } = previewOf(drawn.transform, view);
      const panning = view === shown ? panned : scale === 1 && view.k === before.k;
      [shown, panned] = [view, panning];
      const { wordsOf, selected } = inputs;
      picturesFor(wordsOf, palette);
      const { model } = drawn;
      const { canvases, zoom, pan } = surfaces;
      showOnly(canvases, panning ? pan.canvas : zoom.canvas);
      const scene = { model, items: inputs.base.items, wordsOf, selected, palette };
      // The pan's canvas holds three viewports' labels: those out of sight may come later.
      const complete = panning
        ? panCanvas.show(pan, scene, shift, whole ? Infinity : soon)
        : paintPlot(
            zoom.context,
            { ...scene, scale, shift },
            sprites,
            deadline,
            LABELS_AT_LEAST_MS,
          );
      // Labels left out are drawn in idle time, then the frame again (a gesture's next frame
      // may draw them first).
      if (complete && catching) cancelIdleCallback(catching);
      if (complete) catching = 0;
      if (complete || catching) return;
      if (typeof requestIdleCallback !== "function") redrawSoon();
      else catching = requestIdleCallback(catchUpLabels, { timeout: CATCH_UP_WITHIN_MS });
    },
    drewOwnLayout: () => drawn?.own ?? false,
    hit: (point) => {
      if (!drawn || !shown || !surfaces || !palette) return undefined;
      const { scale, shift } = previewOf(drawn.transform, shown);
      const [ctx, colours] = [surfaces.zoom.context, palette];
      const badge = (cluster: { ids: string[] }) =>
        clusterWidth(ctx, `+${cluster.ids.length}`, colours);
      return hitLabel(drawn.model, scale, shift, point, badge);
    },
    stop: () => {
      cancelAnimationFrame(catchUp);
      if (catching) cancelIdleCallback(catching);
      catching = 0;
      drawn = undefined;
      const canvases = inputs?.canvases;
      if (canvases) {
        canvases.frame.style.visibility = "";
        canvases.frame.style.pointerEvents = "";
        slide(canvases.pan, 0);
      }
      if (inputs?.layer) inputs.layer.style.opacity = "";
    },
  };
  return sketch;
}
