import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../../../scripts/lib/generate-story.ts";
import { baseFromSeed, seedOf } from "@/features/timeline/plot-base-seed.ts";
import { createPlotBase, type PlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel } from "@/features/timeline/plot-model.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { toStory } from "@/story/model/story.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const bundled = buildStoryIndex(loadBundledStory());
const { story: generated } = validateStorySource(generateStoryYaml(400), "generated.yaml");
const long = buildStoryIndex(toStory(generated!, "generated"));
const WIDTH = 892;

/** The base a worker makes from the seed, after the copy a message makes of it. */
const throughWorker = (base: PlotBase) => baseFromSeed(structuredClone(seedOf(base)));

/** The same zoom, laid out from both bases. */
function bothModels(base: PlotBase, k: number, x: number) {
  const view = {
    transform: zoomTransform1D(k, x),
    width: WIDTH,
    lang: "nb" as const,
    nowLabel: "Nå",
  };
  return [getPlotModel(base, view), getPlotModel(throughWorker(base), view)];
}

const zooms = fc.record({
  k: fc.double({ min: 1, max: 60, noNaN: true }),
  along: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("a plot's base sent to a worker as a seed", () => {
  const cases = {
    "the bundled story": createPlotBase(bundled, null, WIDTH, "nb"),
    "a 400-event story": createPlotBase(long, null, WIDTH, "nb"),
    "a story filtered to some of its events": createPlotBase(
      long,
      new Set(long.datedEvents.filter((_, i) => i % 3 === 0).map((e) => e.id)),
      WIDTH,
      "nb",
    ),
  };
  for (const [name, base] of Object.entries(cases)) {
    it(`lays out ${name} exactly as the page does, at any zoom`, () => {
      fc.assert(
        fc.property(zooms, ({ k, along }) => {
          const [page, worker] = bothModels(base, k, -along * WIDTH * (k - 1));
          expect(worker).toEqual(page);
        }),
        { numRuns: 25 },
      );
    });
  }

  it("keeps cards' own widths, where long titles have them", () => {
    const base = cases["the bundled story"];
    const made = throughWorker(base);
    expect(base.cardWidth).toBeDefined();
    for (const { item } of base.prepared.points)
      expect(made.cardWidth?.(item.id)).toBe(base.cardWidth?.(item.id));
  });
});
