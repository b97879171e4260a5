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
    expect(model.rows).toEqual({ lanesHeight: 320, axisY: 332, spansTop: 380, height: 484 });
    expect(model.axis).toEqual({ x1: -446, x2: 1338, y: 332 });
  });

  it("places each label card above its marker, inside the plot", () => {
    // [marker x, label left, top, width, height]
    expect(label(model, "icc-preliminary-examination")).toEqual([153.87, 141.87, 262, 232, 58]);
    expect(label(model, "hernandez-sentenced")).toEqual([254.67, 242.67, 198, 232, 58]);
    expect(label(model, "strike-2-september")).toEqual([377.24, 365.24, 134, 232, 58]);
    expect(label(model, "trump-maduro-call")).toEqual([797.11, 656, 6, 232, 58]);
    expect(label(model, "deadline-28-november")).toEqual([833.85, 656, 70, 232, 58]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(892 - 4);
  });

  it("draws periods as bars whose labels have the room the layout packed them with", () => {
    // [bar left, bar width, top, label left, label width]
    // The reported period's label has room for its title and its status word.
    expect(span(model, "icc-alleged-crimes")).toEqual([8.79, 140.74, 400, 8.79, 344.4]);
    expect(span(model, "boat-strikes")).toEqual([379.87, 482.85, 400, 379.87, 482.85]);
    expect(span(model, "caribbean-build-up")).toEqual([379.87, 482.85, 432, 379.87, 482.85]);
    expect(span(model, "maduro-on-social-media")).toEqual([710.51, 152.2, 464, 605, 283]);
  });

  it("labels the ticks in the reader's language, with breaks for the quiet years", () => {
    expect(model.tickLabels.map((t) => [t.text, round(t.left)])).toEqual([
      ["2015", 43.95],
      ["2024", 205.86],
      ["2025", 303.48],
      ["Sept 2025", 369.37],
      ["Oct", 526.82],
      ["Nov", 689.52],
      ["Dec", 846.97],
    ]);
    expect(model.breaks.map((b) => [round(b.x0), round(b.x1)])).toEqual([
      [164, 200],
      [309.33, 345.33],
    ]);
    expect(
      model.now && [round(model.now.x), round(model.now.label.left), model.now.label.top],
    ).toEqual([857.47, 857.47, 364]);
  });

  it("labels every dated event, so there is no cluster", () => {
    expect(model.clusters).toEqual([]);
    expect(model.rendered).toHaveLength(12);
  });

  it("tells the zoom preview where each placed element is", () => {
    expect(model.lefts.get(plotKey.label("trump-maduro-call"))).toBe(656);
    expect(model.lefts.get(plotKey.span("maduro-on-social-media"))).toBe(605);
    expect(model.lefts.get(plotKey.now)).toBeCloseTo(857.47, 2);
  });
});

describe("the render model of the first story, 568 px plot (600 px window)", () => {
  const model = modelAt(568);

  it("uses six lanes and folds the one that does not fit into a cluster badge", () => {
    expect(model.rows).toEqual({ lanesHeight: 384, axisY: 396, spansTop: 444, height: 580 });
    expect(model.clusters.map((c) => [c.ids, round(c.left), c.top])).toEqual([
      [["trump-maduro-call"], 488.6, 384],
    ]);
    // What its badge's name says: the day of the call, from its first to its last instant.
    const cluster = model.clusters[0]!;
    expect([new Date(cluster.from).toISOString(), new Date(cluster.to).toISOString()]).toEqual([
      "2025-11-21T00:00:00.000Z",
      "2025-11-21T23:59:59.999Z",
    ]);
  });

  it("places labels and periods inside the plot", () => {
    expect(label(model, "deadline-28-november")).toEqual([532.83, 332, 6, 232, 58]);
    expect(label(model, "experts-assess-standoff")).toEqual([548.7, 332, 326, 232, 58]);
    expect(span(model, "caribbean-build-up")).toEqual([258.22, 292.06, 496, 155.2, 408.8]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(568 - 4);
  });

  it("keeps fewer ticks apart at the narrower width", () => {
    expect(model.tickLabels.map((t) => t.text)).toEqual([
      "2015",
      "2024",
      "Sept 2025",
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
    expect(call?.markerX).toBeCloseTo(797.110087 * 4 - 2400, 3);
    for (const l of zoomed.labels) {
      if (l.markerX >= 0 && l.markerX <= 892) {
        expect(l.left).toBeGreaterThanOrEqual(4);
        expect(l.left + l.width).toBeLessThanOrEqual(888);
      }
    }
  });
});
