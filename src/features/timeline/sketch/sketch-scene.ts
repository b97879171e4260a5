import type { PlotModel } from "@/features/timeline/plot-model.ts";
import type { TimelineItem } from "@/features/timeline/timeline-item.ts";
import type { LabelWords } from "./draw-labels.ts";
import type { SketchPalette } from "./sketch-palette.ts";

/** What to draw: a render model, moved to show a nearby zoom as the DOM preview moves it. */
export interface SketchScene {
  model: PlotModel;
  /** The model's drawing is stretched by `scale` and shifted by `shift` px (zoom-preview.ts). */
  scale: number;
  shift: number;
  items: ReadonlyMap<string, TimelineItem>;
  wordsOf: (id: string) => LabelWords | undefined;
  selected: string | null;
  palette: SketchPalette;
  /**
   * The stretch of x to paint, in the model's pixels: the viewport by default; with its
   * overscan for a picture the compositor slides during a pan (plot-sketch.ts).
   */
  area?: Area;
  /**
   * The stretch the reader sees, when the picture reaches beyond it: its labels are drawn
   * however late the frame is (paintPlot's deadline holds only for the rest).
   */
  seen?: Area;
}

export interface Area {
  x0: number;
  x1: number;
}

/** The stretch of x a scene paints (see SketchScene.area). */
export const areaOf = ({ area, model }: Pick<SketchScene, "area" | "model">): Area =>
  area ?? { x0: 0, x1: model.width };

/**
 * Where the scene draws a model's x: stretched and shifted as the DOM preview would be, from
 * the view the model was laid out for (its own pixels begin that view at model.viewLeft).
 */
export type ToX = (x: number) => number;

export const toX = ({
  model,
  scale,
  shift,
}: Pick<SketchScene, "model" | "scale" | "shift">): ToX => {
  const left = model.viewLeft;
  return (x) => (x - left) * scale + shift;
};
