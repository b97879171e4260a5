import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPlotBase, type PlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel, type PlotModel } from "@/features/timeline/plot-model.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadStoryFolder } from "../../../../scripts/lib/story-files.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

/*
 * A layout at the zoom of the one before keeps that one's pixels (PlotView.laidAt): the
 * plot's layer is moved by the difference, and what stays in view stays where it was drawn,
 * so a pan's new layout changes only what it brings in or takes out of the DOM.
 */

const WIDTH = 892;
const baseOf = (story: ReturnType<typeof loadBundledStory>): PlotBase =>
  createPlotBase(buildStoryIndex(story), null, WIDTH, "en");
const midStory = loadStoryFolder(join(__dirname, "../../../fixtures/stories/mid-story"))
  .stories[0]!;
const bases = { bundled: baseOf(loadBundledStory()), mid: baseOf(midStory) };

const modelAt = (base: PlotBase, k: number, x: number, laidAt?: number): PlotModel =>
  getPlotModel(base, {
    transform: zoomTransform1D(k, x),
    width: WIDTH,
    lang: "en",
    nowLabel: "Now",
    ...(laidAt !== undefined && { laidAt }),
  });

/** Every x a model places, moved back by `shift`, rounded (float sums differ in the last bits). */
function placesOf(model: PlotModel, shift: number) {
  // `|| 0`: -0 and 0 are the same place.
  const round = (n: number) => Math.round(n * 1e6) / 1e6 || 0;
  const at = (x: number) => round(x - shift);
  return {
    labels: model.labels.map((l) => [l.id, at(l.left), at(l.markerX), l.lane, round(l.width)]),
    spans: model.spans.map((s) => [s.id, at(s.bar.left), at(s.label.left), round(s.label.width)]),
    clusters: model.clusters.map((c) => [c.key, at(c.left), c.ids.length]),
    markers: model.markers.map((m) => [m.id, at(m.x)]),
    ticks: model.tickLabels.map((t) => [t.key, at(t.left), t.text]),
    now: model.now && [at(model.now.x), at(model.now.label.left)],
    context: [
      model.context.strips.map((s) => [at(s.x0), at(s.x1)]),
      model.context.edges.map(at),
      model.context.label && at(model.context.label.left),
    ],
    bands: model.bands.map((b) => [b.id, at(b.band.left), at(b.label.left), round(b.label.width)]),
    breaks: model.breaks.map((b) => [at(b.x0), at(b.x1)]),
    axis: [at(model.axis.x1), at(model.axis.x2)],
    lefts: [...model.lefts].map(([key, x]) => [key, at(x)]),
  };
}

/** A story, a zoom from 1× to 64×, and where in the story the view is (0: its start, 1: its end). */
const view = fc.record({
  story: fc.constantFrom("bundled" as const, "mid" as const),
  k: fc.constantFrom(1, 1.5, 2, 4, 8, 16, 64),
  f: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** A view's story's base, its zoom, and the x of its transform. */
const viewAt = ({ story, k, f }: { story: keyof typeof bases; k: number; f: number }) => ({
  base: bases[story],
  k,
  x: -f * WIDTH * (k - 1),
});

describe("a layout that keeps the pixels of the one before (laidAt)", () => {
  it("is the view's own layout, moved: the same things, at the same places in view", () => {
    fc.assert(
      fc.property(view, fc.integer({ min: -5000, max: 5000 }), (shown, drift) => {
        const { base, k, x: from } = viewAt(shown);
        // Off the story's own edges by a fraction of a pixel: where one meets the view's to
        // the last bit, the two sums can put it either side of that edge.
        const x = from + 0.3;
        const own = modelAt(base, k, x);
        const kept = modelAt(base, k, x, x + drift);
        expect(kept.viewLeft).toBeCloseTo(drift, 6);
        expect(placesOf(kept, kept.viewLeft)).toEqual(placesOf(own, 0));
      }),
      { numRuns: 120 },
    );
  });

  it("leaves what stays in view after a pan exactly where the layout before put it", () => {
    fc.assert(
      fc.property(view, fc.integer({ min: -400, max: 400 }), (shown, pan) => {
        const { base, k, x } = viewAt(shown);
        const before = modelAt(base, k, x);
        const after = modelAt(base, k, x + pan, x);
        // Well inside both views: neither pulled in at an edge nor cut by one.
        const inside = (left: number, width: number) =>
          left >= 16 &&
          left + width <= WIDTH - 16 &&
          left + pan >= 16 &&
          left + pan + width <= WIDTH - 16;
        const placed = new Map(after.labels.map((l) => [l.id, l]));
        for (const label of before.labels) {
          if (!inside(label.left, label.width)) continue;
          // The same numbers, not close ones: an element whose style does not change is not
          // restyled, laid out or painted again.
          expect(placed.get(label.id)).toEqual(label);
        }
        const ticks = new Map(after.tickLabels.map((t) => [t.key, t.left]));
        for (const tick of before.tickLabels)
          if (inside(tick.left - 40, 80)) expect(ticks.get(tick.key)).toBe(tick.left);
      }),
      { numRuns: 120 },
    );
  });
});
