import type { PlotBaseSeed } from "@/features/timeline/plot-base-seed.ts";
import type { PlotModel, PlotView } from "@/features/timeline/plot-model.ts";

/** A view as a message carries it: the transform as its two numbers. */
export type PlainView = Omit<PlotView, "transform"> & { k: number; x: number };

/**
 * What the page asks the layout worker (layout-worker.ts). Each base has a generation: a
 * layout asked of an earlier one is not wanted any more.
 */
export type LayoutAsk =
  | { type: "seed"; generation: number; seed: PlotBaseSeed }
  | { type: "layout"; generation: number; view: PlainView };

/** What it answers: the model of the view asked for (none if asked of a base it lacks). */
export interface LayoutAnswer {
  generation: number;
  model: PlotModel | null;
}
