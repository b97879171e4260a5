import { baseFromSeed } from "@/features/timeline/plot-base-seed.ts";
import type { PlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel } from "@/features/timeline/plot-model.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import type { LayoutAnswer, LayoutAsk } from "./layout-messages.ts";

/**
 * What the layout worker answers each message with (layout-worker.ts wires it to the worker):
 * a seed is kept, and a layout is made from the latest seed; one asked of another seed is
 * answered with no model, so that the page never waits for an answer that will not come.
 */
export function createLayoutAnswers(): (ask: LayoutAsk) => LayoutAnswer | undefined {
  let current: { generation: number; base: PlotBase } | undefined;
  return (ask) => {
    if (ask.type === "seed") {
      current = { generation: ask.generation, base: baseFromSeed(ask.seed) };
      return undefined;
    }
    if (current?.generation !== ask.generation) return { generation: ask.generation, model: null };
    const { k, x, ...view } = ask.view;
    const model = getPlotModel(current.base, { ...view, transform: zoomTransform1D(k, x) });
    return { generation: ask.generation, model };
  };
}
