import { describe, expect, it } from "vitest";
import { createPlotBase } from "@/features/timeline/plot-base.ts";
import { bandLabelWidth, getPlotBands, getPlotContext } from "@/features/timeline/plot-context.ts";
import { getPlotModel } from "@/features/timeline/plot-model.ts";
import { createStoryScale } from "@/features/timeline/time-scale.ts";
import { IDENTITY, zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const round = (n: number) => Math.round(n * 100) / 100;
const index = buildStoryIndex(loadBundledStory());

describe("the context strip and the band of the first story, 892 px plot", () => {
  const base = createPlotBase(index, null, 892, "en");
  const model = getPlotModel(base, {
    transform: IDENTITY,
    width: 892,
    lang: "en",
    nowLabel: "Now",
  });

  it("tints the 30 % before the focus, marks where the focus starts, and says what it is", () => {
    expect(model.context.strips.map((s) => [round(s.x0), round(s.x1)])).toEqual([[0, 267.6]]);
    expect(model.context.edges.map(round)).toEqual([267.6]);
    // In the row below the tick labels, at the strip's start: "now" is far to the right.
    expect(model.context.label).toEqual({ key: "context", left: 6, top: 322, text: "Background" });
  });

  it("draws the tick labels on the strip on its tint, and the focus's days on the page's", () => {
    expect(model.tickLabels.filter((t) => t.onContext).map((t) => t.text)).toEqual([
      "2015",
      "2024",
      "2025",
    ]);
    expect(model.tickLabels.find((t) => t.text === "20 Nov 2025")?.onContext).toBeUndefined();
    // The breaks in the strip are cut out of its tint, not the page.
    expect(model.breaks.map((b) => b.onContext)).toEqual([true, true]);
  });

  it("spans the ultimatum's band from the call's day to the deadline's, above the axis", () => {
    const [band, ...others] = model.bands;
    expect(others).toEqual([]);
    expect(band?.text).toBe("The ultimatum Trump is said to have given – one week");
    expect(band && [round(band.band.left), round(band.band.width), band.band.height]).toEqual([
      377.79, 293.84, 290,
    ]);
    // The call's and the deadline's markers are inside it.
    const marker = (id: string) => model.markers.find((m) => m.id === id)!.x;
    expect(marker("trump-maduro-call")).toBeGreaterThan(band!.band.left);
    expect(marker("deadline-28-november")).toBeLessThan(band!.band.left + band!.band.width);
    // Its words in the row above the lanes, from the band's start: they may run on past the
    // band's end (a week is narrower than its words on a small plot), to the plot's edge.
    expect(band && [round(band.label.left), band.label.top, round(band.label.width)]).toEqual([
      381.79, 3, 506.21,
    ]);
    expect([new Date(band!.from).toISOString(), new Date(band!.to).toISOString()]).toEqual([
      "2025-11-21T00:00:00.000Z",
      "2025-11-28T23:59:59.999Z",
    ]);
    expect(model.lefts.get("band:ultimatum-week")).toBeCloseTo(381.79, 2);
  });
});

describe("getPlotContext", () => {
  const items = [
    { start: utc(2014), end: utc(2015) },
    { start: utc(2025, 11, 21), end: utc(2025, 11, 22) },
  ];
  const focus = { start: utc(2025, 11, 18), end: utc(2025, 12, 5) };
  const view = { width: 600, from: -300, to: 900 };

  it("has nothing to draw without a focus, or when the focus is the whole plot", () => {
    const none = { strips: [], edges: [], label: null };
    const plain = createStoryScale({ intervals: items, length: 600 });
    expect(getPlotContext(plain, IDENTITY, view, 0, "Background", null)).toEqual(none);
    const inside = createStoryScale({ intervals: items.slice(1), length: 600, focus });
    expect(getPlotContext(inside, IDENTITY, view, 0, "Background", null)).toEqual(none);
  });

  it("leaves its word out where it would touch another, or does not fit", () => {
    const scale = createStoryScale({ intervals: items, length: 600, focus });
    expect(getPlotContext(scale, IDENTITY, view, 0, "Background", null).label?.left).toBe(6);
    expect(
      getPlotContext(scale, IDENTITY, view, 0, "Background", { x0: 50, x1: 90 }).label,
    ).toBeNull();
    expect(getPlotContext(scale, IDENTITY, view, 0, "B".repeat(30), null).label).toBeNull();
  });

  it("follows the zoom: the strip leaves the view when the reader zooms into the focus", () => {
    const scale = createStoryScale({ intervals: items, length: 600, focus });
    const zoomed = getPlotContext(scale, zoomTransform1D(4, -1600), view, 0, "Background", null);
    // The strip ends at 180 px × 4 − 1600 = −880: beyond the drawn range.
    expect(zoomed).toEqual({ strips: [], edges: [], label: null });
  });
});

describe("getPlotBands", () => {
  const scale = createStoryScale({
    intervals: [{ start: utc(2025, 1, 1), end: utc(2025, 3, 1) }],
    length: 590,
  });
  const band = (id: string, start: number, end: number) => ({
    id,
    start,
    end,
    label: { nb: id, en: id },
  });
  const view = { width: 590, from: -295, to: 885 };

  it("stops a band's words before the next band's begin", () => {
    const bands = getPlotBands(
      [band("b", utc(2025, 1, 20), utc(2025, 2, 10)), band("a", utc(2025, 1, 5), utc(2025, 2, 1))],
      scale,
      IDENTITY,
      view,
      300,
      "en",
    );
    expect(bands.map((b) => b.id)).toEqual(["a", "b"]);
    const [a, b] = bands;
    expect(a!.label.left + a!.label.width).toBeCloseTo(b!.label.left - 12, 6);
    expect(b!.band.left + b!.band.width).toBeCloseTo(scale.toPixel(utc(2025, 2, 10)), 6);
  });

  it("moves a late band's words left to end at the plot's edge, where they would be cut", () => {
    const words = "The ultimatum Trump is said to have given – one week";
    const late = {
      ...band("late", utc(2025, 2, 20), utc(2025, 2, 27)),
      label: { nb: words, en: words },
    };
    const [only] = getPlotBands([late], scale, IDENTITY, view, 300, "en");
    const bandStart = scale.toPixel(utc(2025, 2, 20));
    expect(only!.label.left).toBeLessThan(bandStart);
    expect(only!.label.left + only!.label.width).toBe(590 - 4);
    expect(only!.label.width).toBeGreaterThanOrEqual(bandLabelWidth(words));
  });

  it("never moves a band's words over the words of the band before it", () => {
    const words = "A long label for a short band late in the view";
    const bands = getPlotBands(
      [
        band("early", utc(2025, 2, 10), utc(2025, 2, 14)),
        { ...band("late", utc(2025, 2, 20), utc(2025, 2, 27)), label: { nb: words, en: words } },
      ],
      scale,
      IDENTITY,
      view,
      300,
      "en",
    );
    const [early, late] = bands;
    expect(late!.label.left).toBeGreaterThanOrEqual(
      early!.label.left + Math.min(early!.label.width, bandLabelWidth("early")) + 8,
    );
  });

  it("keeps the words of a band that starts left of the view at the view's edge", () => {
    const zoom = zoomTransform1D(3, -scale.toPixel(utc(2025, 1, 15)) * 3);
    const [only] = getPlotBands(
      [band("a", utc(2025, 1, 5), utc(2025, 2, 1))],
      scale,
      zoom,
      view,
      300,
      "en",
    );
    expect(only?.band.left).toBeLessThan(0);
    expect(only?.label.left).toBe(4);
    expect(only?.to).toBe(utc(2025, 2, 1) - 1);
  });
});
