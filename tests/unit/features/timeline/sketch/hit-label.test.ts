import { describe, expect, it } from "vitest";
import { createPlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel } from "@/features/timeline/plot-model.ts";
import { hitLabel } from "@/features/timeline/sketch/hit-label.ts";
import { IDENTITY } from "@/features/timeline/zoom-transform.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../../helpers/bundled-story.ts";

const index = buildStoryIndex(loadBundledStory());
const base = createPlotBase(index, null, 892, "nb");
const view = { transform: IDENTITY, width: 892, lang: "nb" as const, nowLabel: "Nå" };
const model = getPlotModel(base, view);
const badge = () => 40;

describe("hitLabel: what a click on the drawn plot lands on", () => {
  const call = model.labels.find((l) => l.id === "trump-maduro-call")!;
  const middle = { x: call.left + call.width / 2, y: call.top + call.height / 2 };

  it("finds the card under the pointer, where the drawing put it", () => {
    expect(hitLabel(model, 1, 0, middle, badge)).toEqual({ event: "trump-maduro-call" });
    // Moved 100 px right, the card is 100 px further: the old place is not it any more.
    expect(hitLabel(model, 1, 100, { ...middle, x: middle.x + 100 }, badge)).toEqual({
      event: "trump-maduro-call",
    });
    expect(hitLabel(model, 1, 100, { x: call.left + 50, y: middle.y }, badge)).not.toEqual({
      event: "trump-maduro-call",
    });
  });

  it("moves cards with their events when zoomed, unstretched", () => {
    const x = 2 * call.left - 400;
    expect(hitLabel(model, 2, -400, { x: x + 5, y: middle.y }, badge)).toEqual({
      event: "trump-maduro-call",
    });
    expect(hitLabel(model, 2, -400, { x: x + call.width + 5, y: middle.y }, badge)).toBeUndefined();
  });

  it("finds the same card in a model placed by the pixels of a layout before (laidAt)", () => {
    // The same view, its elements placed 700 px further on: the picture is drawn from the view.
    const kept = getPlotModel(base, { ...view, laidAt: 700 });
    expect(kept.labels.find((l) => l.id === "trump-maduro-call")!.left).toBeCloseTo(
      call.left + 700,
      6,
    );
    expect(hitLabel(kept, 1, 0, middle, badge)).toEqual({ event: "trump-maduro-call" });
    expect(hitLabel(kept, 1, 100, { ...middle, x: middle.x + 100 }, badge)).toEqual({
      event: "trump-maduro-call",
    });
  });

  it("finds a period by its words and bar, and nothing on the bare axis", () => {
    const span = model.spans[0]!;
    const point = { x: span.label.left + 10, y: span.label.top + span.label.height - 4 };
    expect(hitLabel(model, 1, 0, point, badge)).toEqual({ event: span.id });
    expect(hitLabel(model, 1, 0, { x: 1, y: model.axis.y + 2 }, badge)).toBeUndefined();
  });
});
