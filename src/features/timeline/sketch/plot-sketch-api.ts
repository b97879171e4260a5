import type { PlotBase } from "@/features/timeline/plot-base.ts";
import type { PlotModel, PlotView } from "@/features/timeline/plot-model.ts";
import type { ZoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import type { LabelWords } from "./draw-labels.ts";
import type { PlotHit } from "./hit-label.ts";
import type { SketchCanvases } from "./sketch-surface.ts";

/** What the sketch draws from: the plot as React last laid it out, and how to lay out more. */
export interface SketchInputs {
  base: PlotBase;
  /** React's model, and the transform it was laid out for. */
  model: PlotModel;
  transform: ZoomTransform1D;
  view: Omit<PlotView, "transform">;
  /** Each event's label words, by id (label-words.ts): a new function when they change. */
  wordsOf: (id: string) => LabelWords | undefined;
  selected: string | null;
  /** The canvases to draw on (sketch-surface.ts), and the layer holding the plot's DOM. */
  canvases: SketchCanvases | null;
  layer: HTMLElement | null;
}

/**
 * Draws the wide plot on a canvas while a gesture runs (see useTimelineZoom), in place of its
 * DOM, which stays in the page, transparent, for focus and screen readers.
 */
export interface PlotSketch {
  /** The plot as React has it now; call after every render. */
  update: (inputs: SketchInputs) => void;
  /** Shows the canvas in place of the DOM; false if it cannot (no canvas, forced colours). */
  start: () => boolean;
  /** Draws the plot as it is at `view`. */
  draw: (view: ZoomTransform1D) => void;
  /** Whether what is drawn was laid out here, for a zoom React has not laid out. */
  drewOwnLayout: () => boolean;
  /**
   * What a click at (x, y) in the plot's pixels lands on, as drawn, while the canvas is shown
   * (from a gesture's end until React has laid the plot out, the buttons are not in place).
   */
  hit: (point: { x: number; y: number }) => PlotHit;
  /** Hides the canvas and shows the DOM again. */
  stop: () => void;
}
