import type { PlotCluster, PlotModel } from "@/features/timeline/plot-model.ts";
import { CLUSTER_HEIGHT } from "./draw-labels.ts";

/** What a click at a point of the drawn plot lands on. */
export type PlotHit = { event: string } | { cluster: PlotCluster } | undefined;

/**
 * The label under (x, y), in the plot's pixels, where the model's drawing, stretched by
 * `scale` and shifted by `shift` (paint-plot.ts), put it: an event's card or period, or a
 * "+N" badge `clusterWidth` px wide. For a click while the canvas still stands in for the
 * plot's buttons: it goes to what the reader sees under the pointer.
 */
export function hitLabel(
  model: PlotModel,
  scale: number,
  shift: number,
  point: { x: number; y: number },
  clusterWidth: (cluster: PlotCluster) => number,
): PlotHit {
  const { x, y } = point;
  const inside = (box: { left: number; top: number; width: number; height: number }) => {
    const left = (box.left - model.viewLeft) * scale + shift;
    return x >= left && x < left + box.width && y >= box.top && y < box.top + box.height;
  };
  // Badges are drawn last, on top.
  for (const cluster of model.clusters) {
    const box = { ...cluster, width: clusterWidth(cluster), height: CLUSTER_HEIGHT };
    if (inside(box)) return { cluster };
  }
  for (const label of model.labels) if (inside(label)) return { event: label.id };
  for (const span of model.spans) if (inside(span.label)) return { event: span.id };
  return undefined;
}
