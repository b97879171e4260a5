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
/*
 * The story's focus (18 Nov – 4 Dec 2025) takes the right 70 % of the plot, and 2014 to
 * mid-November is a strip of context in the left 30 %: the pixels below are that layout's.
 * Its annotation band's words take a 22 px row above the lanes.
 */
describe("the render model of the first story, 892 px plot (1280 px window)", () => {
  const model = modelAt(892);

  it("has four label lanes above the axis and the period rows below it", () => {
    expect(model.rows).toEqual({ lanesHeight: 278, axisY: 290, spansTop: 338, height: 474 });
    expect(model.axis).toEqual({ x1: -446, x2: 1338, y: 290 });
  });

  it("places each label card above its marker, inside the plot", () => {
    // [marker x, label left, top, width, height]
    expect(label(model, "icc-preliminary-examination")).toEqual([55.05, 43.05, 220, 232, 58]);
    expect(label(model, "hernandez-sentenced")).toEqual([114.24, 102.24, 156, 299, 58]);
    expect(label(model, "strike-2-september")).toEqual([175.93, 163.93, 92, 238, 58]);
    // The key fortnight has room: the call sits above its own marker; the deadline's long
    // title gets a wider card, which heads the stack at the plot's right edge (by date).
    expect(label(model, "trump-maduro-call")).toEqual([396.15, 384.15, 220, 232, 58]);
    expect(label(model, "deadline-28-november")).toEqual([653.26, 586, 28, 302, 58]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(892 - 4);
  });

  it("draws periods as bars whose labels have the room the layout packed them with", () => {
    // [bar left, bar width, top, label left, label width]
    // The reported period's label has room for its title and its status word.
    expect(span(model, "icc-alleged-crimes")).toEqual([3.14, 50.36, 358, 4, 344.4]);
    expect(span(model, "boat-strikes")).toEqual([176.53, 678.74, 390, 176.53, 678.74]);
    expect(span(model, "caribbean-build-up")).toEqual([176.53, 678.74, 422, 176.53, 678.74]);
    expect(span(model, "maduro-on-social-media")).toEqual([252.02, 603.25, 454, 252.02, 603.25]);
  });

  it("labels the ticks in the reader's language, with breaks for the quiet years", () => {
    // Years in the context strip, days in the focus: the first of them says its year.
    expect(model.tickLabels.map((t) => [t.text, round(t.left)])).toEqual([
      ["2015", 19],
      ["2024", 96.78],
      ["2025", 210.08],
      ["20 Nov 2025", 341.06],
      ["24 Nov", 487.98],
      ["26 Nov", 561.44],
      ["28 Nov", 634.89],
      ["30 Nov", 708.35],
      ["2 Dec", 781.81],
      ["4 Dec", 855.27],
    ]);
    expect(model.breaks.map((b) => [round(b.x0), round(b.x1)])).toEqual([
      [58.68, 94.68],
      [133.8, 169.8],
    ]);
    expect(
      model.now && [round(model.now.x), round(model.now.label.left), model.now.label.top],
    ).toEqual([818.54, 818.54, 322]);
  });

  it("labels every dated event, so there is no cluster", () => {
    expect(model.clusters).toEqual([]);
    expect(model.rendered).toHaveLength(12);
  });

  it("tells the zoom preview where each placed element is", () => {
    expect(model.lefts.get(plotKey.label("trump-maduro-call"))).toBeCloseTo(384.15, 2);
    expect(model.lefts.get(plotKey.span("maduro-on-social-media"))).toBeCloseTo(252.02, 2);
    expect(model.lefts.get(plotKey.now)).toBeCloseTo(818.54, 2);
  });
});

describe("the render model of the first story, 568 px plot (600 px window)", () => {
  const model = modelAt(568);

  it("uses six lanes and labels every event, the call too: no cluster badge", () => {
    expect(model.rows).toEqual({ lanesHeight: 406, axisY: 418, spansTop: 466, height: 602 });
    expect(model.clusters).toEqual([]);
    expect(label(model, "trump-maduro-call")).toEqual([252.26, 240.26, 156, 232, 58]);
  });

  it("places labels and periods inside the plot", () => {
    // Cards as wide as fits without folding any event away: the deadline's title gets 252 px.
    expect(label(model, "deadline-28-november")).toEqual([415.98, 312, 28, 252, 58]);
    expect(label(model, "experts-assess-standoff")).toEqual([532.92, 319, 348, 245, 58]);
    expect(span(model, "caribbean-build-up")).toEqual([117.51, 427.1, 550, 117.51, 427.1]);
    for (const l of model.labels) expect(l.left + l.width).toBeLessThanOrEqual(568 - 4);
  });

  it("keeps fewer ticks apart at the narrower width", () => {
    expect(model.tickLabels.map((t) => t.text)).toEqual(["2015", "2025", "23 Nov 2025", "30 Nov"]);
  });
});

describe("the story's key stretch at first sight", () => {
  // Plots at 600 px (the embed's column, and the narrowest wide window), 1024 px windows
  // (beside the side column) and more: the 21 November call has its own label, in both
  // languages, where it used to be folded into a "+1" badge at 568 and 600 px.
  it.each([568, 600, 668, 892, 1024])("labels the call at a %i px plot, not as +N", (width) => {
    for (const lang of ["nb", "en"] as const) {
      const base = createPlotBase(index, null, width, lang);
      const model = getPlotModel(base, { transform: IDENTITY, width, lang, nowLabel: "Now" });
      expect(model.labels.map((l) => l.id)).toContain("trump-maduro-call");
      expect(model.clusters).toEqual([]);
    }
  });
});

describe("the render model when zoomed", () => {
  it("moves every position with the zoom and keeps labels in the viewport", () => {
    const zoomed = modelAt(892, zoomTransform1D(4, -1200));
    const call = zoomed.labels.find((l) => l.id === "trump-maduro-call");
    expect(call?.markerX).toBeCloseTo(396.152941 * 4 - 1200, 3);
    for (const l of zoomed.labels) {
      if (l.markerX >= 0 && l.markerX <= 892) {
        expect(l.left).toBeGreaterThanOrEqual(4);
        expect(l.left + l.width).toBeLessThanOrEqual(888);
      }
    }
  });
});
