import type { ZoomTransform1D } from "./zoom-transform.ts";

/**
 * How to move a plot laid out for transform `laid` so it shows transform `view`: stretch by
 * `scale`, then shift by `shift` px. A base pixel p sits at laid.k·p + laid.x in the layout and
 * must appear at view.k·p + view.x, so scale = view.k / laid.k and shift = view.x − scale·laid.x.
 */
export function previewOf(
  laid: ZoomTransform1D,
  view: ZoomTransform1D,
): { scale: number; shift: number } {
  const scale = view.k / laid.k;
  return { scale, shift: view.x - scale * laid.x };
}

/**
 * Zooming in further than this since the last layout lays the plot out again: the stretched
 * markers start to look wrong. Zooming out, labels laid out side by side come to overlap:
 * out by half lays out again too, where an overscan of half the viewport would reach its
 * edges anyway (the sketch lays out further, sketch-surface.ts).
 */
const MAX_STRETCH = 3;
const MIN_SHRINK = 0.5;

/**
 * Whether the view has strayed too far from the layout for moving it to pass: zoomed in by more
 * than MAX_STRETCH or out by more than MIN_SHRINK, or moved so that the viewport, `width` px wide, comes near the edge of
 * what the layout drew (the viewport plus `overscan` on each side).
 */
export function needsLayout(
  laid: ZoomTransform1D,
  view: ZoomTransform1D,
  width: number,
  overscan: number,
): boolean {
  const { scale, shift } = previewOf(laid, view);
  if (scale > MAX_STRETCH || scale < MIN_SHRINK) return true;
  // The viewport's edges, in the layout's pixels.
  const left = -shift / scale;
  const right = (width - shift) / scale;
  const reach = overscan * 0.9;
  return left < -reach || right > width + reach;
}

/**
 * How far the view may move from the x a layout's elements are placed by before a new layout
 * is placed by its own: far enough for any pan between two zooms, near enough that the
 * numbers the DOM holds stay small.
 */
const MAX_KEPT_PX = 20_000;

/**
 * The x a new layout for `view` places its elements by (PlotView.laidAt): the layout before's
 * while the zoom is the same and the view near it, so that what stays in view after a pan is
 * not moved, restyled or painted again; else the view's own.
 */
export function keptX(
  before: { transform: ZoomTransform1D; laidAt: number },
  view: ZoomTransform1D,
) {
  const same = before.transform.k === view.k && Math.abs(view.x - before.laidAt) <= MAX_KEPT_PX;
  return same ? before.laidAt : view.x;
}

/**
 * Shows a plot layer as if laid out again: shifted, and when `rescaled`, with its drawing
 * stretched by `scale` and each label moved along with its event, unstretched. A label at
 * `left` belongs at scale·left, so it is translated by (scale − 1)·left; where each label is
 * comes from the render model (`lefts`, by the label's data-plot-key), never from the DOM.
 * Plain inline styles, no inherited custom property: that would restyle every label's
 * contents on every frame.
 */
export function moveLayer(
  layer: HTMLElement,
  scale: number,
  shift: number,
  rescaled: boolean,
  lefts: ReadonlyMap<string, number>,
) {
  layer.style.transform = scale === 1 && shift === 0 ? "" : `translateX(${shift}px)`;
  if (!rescaled) return;
  const moveLabel = (label: HTMLElement) => {
    const left = lefts.get(label.dataset["plotKey"] ?? "");
    label.style.translate = scale === 1 || left === undefined ? "" : `${(scale - 1) * left}px 0`;
  };
  for (const child of layer.children) {
    if (child instanceof SVGElement) {
      child.style.transform = scale === 1 ? "" : `scaleX(${scale})`;
    } else if (child instanceof HTMLElement) {
      if (child.dataset["plotKey"] !== undefined) moveLabel(child);
      // A group of labels (the axis's words) is moved label by label.
      else for (const label of child.children) if (label instanceof HTMLElement) moveLabel(label);
    }
  }
}
