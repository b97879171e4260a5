import { useMemo } from "react";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { createPlotBase, type PlotBase } from "./plot-base.ts";
import { getPlotModel, type PlotModel } from "./plot-model.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

/** The zoom-independent part of the model, made again only when the story, filter or width change. */
export function usePlotBase(
  index: StoryIndex,
  shown: readonly StoryEvent[],
  width: number,
  lang: Language,
): PlotBase {
  const shownIds = useMemo(
    () => (shown.length === index.story.events.length ? null : new Set(shown.map((e) => e.id))),
    [shown, index],
  );
  return useMemo(
    () => createPlotBase(index, shownIds, width, lang),
    [index, shownIds, width, lang],
  );
}

/** The render model for one zoom, placed by `laidAt` (see getPlotModel). */
export function usePlotModel(
  base: PlotBase,
  transform: ZoomTransform1D,
  laidAt: number,
  width: number,
  lang: Language,
  nowLabel: string,
): PlotModel {
  return useMemo(
    () => getPlotModel(base, { transform, laidAt, width, lang, nowLabel }),
    [base, transform, laidAt, width, lang, nowLabel],
  );
}
