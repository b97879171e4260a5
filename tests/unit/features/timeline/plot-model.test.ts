import { describe, expect, it } from "vitest";
import { createPlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel, plotKey, type PlotModel } from "@/features/timeline/plot-model.ts";
import { IDENTITY, zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const index = buildStoryIndex(loadBundledStory());

/** The model as the wide timeline draws it, for a plot `width` px wide, in English. */
function modelAt(width: number, transform = IDENTITY): PlotModel {
  const base = createPlotBase(index, null, width, "en");
  return getPlotModel(base, { transform, width, lang: "en", nowLabel: "Now" });
}

const round = (n: number) => Math.round(n * 100) / 100;
const label = (model: PlotModel, id: string) => {
  const found = model.labels.find((l) => l.id === id);
  return found && [round(found.markerX), round(found.left), found.top, found.width, found.height];
};
const span = (model: PlotModel, id: string) => {
  const found = model.spans.find((s) => s.id === id);
  return (
    found && [
      round(found.bar.left),
      round(found.bar.width),
      found.bar.top,
      round(found.label.left),
      round(found.label.width),
    ]
  );
};

// The plot at a 1280 px window: the frame less the side column (340 px and a 16 px gap).
describe("the render model of the first story, 892 px plot (1280 px window)", () => {
  const model = modelAt(892);

  it("has five label lanes above the axis and the period rows below it", () => {
    expect(model.rows).toEqual({ lanesHeight: 320, axisY: 332, spansTop: 372, height: 458 });
    expect(model.axis).toEqual({ x1: -446, x2: 1338, y: 332 });
  });

  it("places each label card above its marker, inside the plot", () => {
    // [marker x, label left, top, width, height]
    expect(label(model, "icc-preliminary-examination")).toEqual([144.25, 132.25, 262, 232, 58]);
    expect(label(model, "hernandez-sentenced")).toEqual([241, 229, 198, 232, 58]);
    expect(label(model, "strike-2-september")).toEqual([361.16, 349.16, 70, 232, 58]);
    expect(label(model, "trump-maduro-call")).toEqual([794.14, 656, 6, 232, 58]);
    expect(label(model, "deadline-28-november")).toEqual([832.03, 656, 262, 232, 58]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(892 - 4);
  });

  it("draws periods as bars whose labels have the room the layout packed them with", () => {
    // [bar left, bar width, top, label left, label width]
    expect(span(model, "icc-alleged-crimes")).toEqual([8.24, 131.95, 374, 8.24, 275.6]);
    expect(span(model, "boat-strikes")).toEqual([363.86, 497.94, 374, 363.86, 497.94]);
    expect(span(model, "caribbean-build-up")).toEqual([363.86, 497.94, 400, 363.86, 497.94]);
    expect(span(model, "maduro-on-social-media")).toEqual([704.84, 156.96, 426, 605, 283]);
  });

  it("labels the ticks in the reader's language, with breaks for the quiet years", () => {
    expect(model.tickLabels.map((t) => [t.text, round(t.left)])).toEqual([
      ["2015", 41.2],
      ["2024", 195.24],
      ["2025", 286.76],
      ["Sep 2025", 353.04],
      ["Oct", 515.41],
      ["Nov", 683.19],
      ["Dec", 845.56],
    ]);
    expect(model.breaks.map((b) => [round(b.x0), round(b.x1)])).toEqual([
      [153.75, 189.75],
      [292.25, 328.25],
    ]);
    expect(
      model.now && [round(model.now.x), round(model.now.label.left), model.now.label.top],
    ).toEqual([856.39, 860.39, 312]);
  });

  it("labels every dated event, so there is no cluster", () => {
    expect(model.clusters).toEqual([]);
    expect(model.rendered).toHaveLength(13);
  });

  it("tells the zoom preview where each placed element is", () => {
    expect(model.lefts.get(plotKey.label("trump-maduro-call"))).toBe(656);
    expect(model.lefts.get(plotKey.span("maduro-on-social-media"))).toBe(605);
    expect(model.lefts.get(plotKey.now)).toBeCloseTo(860.39, 2);
  });
});

describe("the render model of the first story, 568 px plot (600 px window)", () => {
  const model = modelAt(568);

  it("uses six lanes and folds the two that do not fit into a cluster badge", () => {
    expect(model.rows).toEqual({ lanesHeight: 384, axisY: 396, spansTop: 436, height: 548 });
    expect(model.clusters.map((c) => [c.ids, round(c.left), c.top])).toEqual([
      [["trump-maduro-call", "maduro-palace-speech"], 486.81, 384],
    ]);
  });

  it("places labels and periods inside the plot", () => {
    expect(label(model, "deadline-28-november")).toEqual([531.73, 332, 326, 232, 58]);
    expect(label(model, "experts-assess-standoff")).toEqual([548.1, 332, 70, 232, 58]);
    expect(span(model, "caribbean-build-up")).toEqual([248.54, 301.19, 464, 224, 340]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(568 - 4);
  });

  it("keeps fewer ticks apart at the narrower width", () => {
    expect(model.tickLabels.map((t) => t.text)).toEqual([
      "2015",
      "2024",
      "Sep 2025",
      "Oct",
      "Nov",
      "Dec",
    ]);
  });
});

describe("the render model when zoomed", () => {
  it("moves every position with the zoom and keeps labels in the viewport", () => {
    const zoomed = modelAt(892, zoomTransform1D(4, -2400));
    const call = zoomed.labels.find((l) => l.id === "trump-maduro-call");
    expect(call?.markerX).toBeCloseTo(794.144777 * 4 - 2400, 3);
    for (const l of zoomed.labels) {
      if (l.markerX >= 0 && l.markerX <= 892) {
        expect(l.left).toBeGreaterThanOrEqual(4);
        expect(l.left + l.width).toBeLessThanOrEqual(888);
      }
    }
  });
});
