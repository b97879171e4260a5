import { describe, expect, it } from "vitest";
import { createPlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel } from "@/features/timeline/plot-model.ts";
import type { Canvas2D } from "@/features/timeline/sketch/canvas-text.ts";
import { shareRow } from "@/features/timeline/sketch/draw-labels.ts";
import { labelWords } from "@/features/timeline/sketch/label-words.ts";
import { paintPlot, type SketchScene } from "@/features/timeline/sketch/paint-plot.ts";
import type { SketchPalette } from "@/features/timeline/sketch/sketch-palette.ts";
import type { SpriteCache } from "@/features/timeline/sketch/sprite-cache.ts";
import { IDENTITY, zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { formatStoryDate } from "@/i18n/format-date.ts";
import { getMessages } from "@/i18n/messages.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../../helpers/bundled-story.ts";

interface Written {
  text: string;
  x: number;
  y: number;
  font: string;
}

/**
 * A 2D context that remembers what was written where (jsdom has no canvas): 7 px a
 * character, translate/save/restore honoured, every other call taken and ignored.
 */
function recordingContext() {
  const written: Written[] = [];
  let offset = { x: 0, y: 0 };
  const saved: (typeof offset)[] = [];
  const state: Record<string | symbol, unknown> = { font: "10px sans-serif", letterSpacing: "0px" };
  const calls: Record<string, (...args: never[]) => unknown> = {
    measureText: (text: string) => ({
      width: text.length * 7,
      fontBoundingBoxAscent: 11,
      fontBoundingBoxDescent: 3,
    }),
    fillText: (text: string, x: number, y: number) =>
      written.push({ text, x: x + offset.x, y: y + offset.y, font: String(state["font"]) }),
    translate: (x: number, y: number) => {
      offset = { x: offset.x + x, y: offset.y + y };
    },
    save: () => saved.push(offset),
    restore: () => {
      offset = saved.pop() ?? { x: 0, y: 0 };
    },
  };
  const ctx = new Proxy(state, {
    get: (target, key) => calls[key as string] ?? target[key] ?? (() => undefined),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as Canvas2D;
  return { ctx, written };
}

/** A sprite cache that draws each picture straight onto the plot, where it is copied. */
function drawingInPlace(): SpriteCache {
  const pictures = new Map<string, (ctx: Canvas2D) => void>();
  const latest = new Map<string, string>();
  return {
    prepare: (key, _size, draw, label = key) => {
      pictures.set(key, draw);
      latest.set(label, key);
    },
    has: (key) => pictures.has(key),
    latestOf: (label) => latest.get(label),
    copy: (target, key, at) => {
      target.save();
      target.translate(at.left, at.top);
      pictures.get(key)?.(target);
      target.restore();
    },
    clear: () => pictures.clear(),
  };
}

const palette: SketchPalette = {
  font: "sans-serif",
  bg: "white",
  bgRaised: "#eee",
  text: "black",
  muted: "#444",
  border: "#ccc",
  accent: "blue",
  status: {
    reported: { bg: "#eef", text: "#00a" },
    unconfirmed: { bg: "#ffe", text: "#a60" },
    disputed: { bg: "#fef", text: "#a0a" },
    denied: { bg: "#fee", text: "#a00" },
  },
};

const index = buildStoryIndex(loadBundledStory());
const base = createPlotBase(index, null, 892, "nb");
const model = getPlotModel(base, { transform: IDENTITY, width: 892, lang: "nb", nowLabel: "Nå" });
const wordsOf = labelWords(index, "nb", getMessages("nb"));

/** The story zoomed 4× into its middle: labels in view, and more beyond it on both sides. */
const zoomedIn = () =>
  getPlotModel(base, {
    transform: zoomTransform1D(4, -1800),
    width: 892,
    lang: "nb",
    nowLabel: "Nå",
  });

/** The scene of `plot` where it was laid out, with `selected` selected. */
const unmoved = (selected: string | null = null, plot = model): SketchScene => ({
  ...{ model: plot, scale: 1, shift: 0, items: base.items },
  ...{ wordsOf, selected, palette },
});

function paint(scale = 1, shift = 0, selected: string | null = null) {
  const { ctx, written } = recordingContext();
  paintPlot(ctx, { ...unmoved(selected), scale, shift }, drawingInPlace());
  return written;
}

/**
 * Paints twice with one sprite cache: first until `first`'s deadline, then until `second`'s,
 * each with the event it gives selected, if any.
 */
function paintTwice(
  first: [deadline: number, selected?: string],
  second: [deadline: number, selected?: string],
) {
  const sprites = drawingInPlace();
  return [first, second].map(([deadline, selected = null]) => {
    const { ctx, written } = recordingContext();
    const complete = paintPlot(ctx, unmoved(selected), sprites, deadline);
    return { complete, texts: written.map((w) => w.text) };
  });
}

describe("the plot drawn on a canvas during a gesture", () => {
  it("writes each card's date, status word and title inside its card, where the DOM has them", () => {
    const written = paint();
    const call = model.labels.find((l) => l.id === "trump-maduro-call")!;
    const inCard = written.filter(
      (w) =>
        w.x >= call.left &&
        w.x < call.left + call.width &&
        w.y > call.top &&
        w.y < call.top + call.height,
    );
    expect(inCard.map((w) => w.text)).toEqual([
      "ubekreftet",
      "21. nov. 2025",
      // 30 characters to a line, at 7 px each.
      "Trump og Maduro skal ha",
      "snakket sammen",
    ]);
    // The date after the card's border and padding, in bold; the title in the body size.
    const date = inCard.find((w) => w.text === "21. nov. 2025")!;
    expect(date.x).toBe(call.left + 9);
    expect(date.font).toBe("650 12px sans-serif");
    expect(inCard.at(-1)!.font).toBe("400 13.5px sans-serif");
  });

  it("moves labels with their events when the view pans or zooms, without stretching them", () => {
    const call = model.labels.find((l) => l.id === "trump-maduro-call")!;
    const dateOf = (written: Written[]) => written.find((w) => w.text === "21. nov. 2025")!;
    expect(dateOf(paint(1, 120)).x).toBe(dateOf(paint()).x + 120);
    // Zoomed 2×, the card's left edge is where its event's layout put it, doubled; its words
    // keep their places inside it.
    expect(dateOf(paint(2, -300)).x).toBe(2 * call.left - 300 + 9);
  });

  it("draws a model placed by the pixels of a layout before (laidAt) where the view has it", () => {
    const kept = getPlotModel(base, {
      ...{ transform: IDENTITY, width: 892, lang: "nb", nowLabel: "Nå" },
      laidAt: 700,
    });
    const texts = (plot: typeof model, shift: number) => {
      const { ctx, written } = recordingContext();
      paintPlot(ctx, { ...unmoved(null, plot), shift }, drawingInPlace());
      return written.map((w) => `${w.text}@${Math.round(w.x)},${Math.round(w.y)}`).sort();
    };
    expect(texts(kept, 0)).toEqual(texts(model, 0));
    expect(texts(kept, 120)).toEqual(texts(model, 120));
  });

  it("draws no label new to it once its frame's time is spent, says so, and draws them next time", () => {
    const [late, next] = paintTwice([-Infinity], [Infinity]);
    expect(late!.complete).toBe(false);
    expect(late!.texts).not.toContain("Trump og Maduro skal ha");
    // The axis is drawn whatever the time.
    expect(late!.texts).toContain("Nå");
    expect(next!.complete).toBe(true);
    expect(next!.texts).toContain("Trump og Maduro skal ha");
  });

  it("however late the frame, gives new labels the least time it is asked to", () => {
    const { ctx, written } = recordingContext();
    expect(paintPlot(ctx, unmoved(), drawingInPlace(), -Infinity, 60_000)).toBe(true);
    expect(written.map((w) => w.text)).toContain("Trump og Maduro skal ha");
  });

  it("copies the labels it has drawn before, however late the frame", () => {
    const [first, late] = paintTwice([Infinity], [-Infinity]);
    expect(first!.complete).toBe(true);
    expect(late!.complete).toBe(true);
    expect(late!.texts).toContain("Trump og Maduro skal ha");
  });

  it("out of time, shows a label as it was last drawn while its new picture waits", () => {
    // Selecting the event makes its card a new picture (ringed).
    const [first, late] = paintTwice([Infinity], [-Infinity, "trump-maduro-call"]);
    expect(first!.complete).toBe(true);
    expect(late!.complete).toBe(false);
    expect(late!.texts).toContain("Trump og Maduro skal ha");
  });

  it("paints only the viewport, or with its overscan when asked (a picture slid during a pan)", () => {
    const width = 892;
    const zoomed = zoomedIn();
    const outside = zoomed.labels.filter((l) => l.left + l.width < 0 || l.left > width);
    expect(outside.length).toBeGreaterThan(0);
    const written = (area?: { x0: number; x1: number }) => {
      const { ctx, written: texts } = recordingContext();
      paintPlot(ctx, { ...unmoved(null, zoomed), ...(area && { area }) }, drawingInPlace());
      return texts.map((w) => w.text);
    };
    const dates = outside.map((l) => formatStoryDate(index.events.get(l.id)!.date, "nb", "short"));
    for (const date of dates) expect(written()).not.toContain(date);
    const wide = written({ x0: -zoomed.overscan, x1: width + zoomed.overscan });
    for (const date of dates) expect(wide).toContain(date);
  });

  it("however late the frame, draws the labels in sight; those out of sight wait (a pan's wide picture)", () => {
    const width = 892;
    const zoomed = zoomedIn();
    const inSight = zoomed.labels.filter((l) => l.left < width && l.left + l.width > 0);
    const outside = zoomed.labels.filter((l) => l.left + l.width < 0 || l.left > width);
    expect(inSight.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    const dateOf = (id: string) => formatStoryDate(index.events.get(id)!.date, "nb", "short");
    const area = { x0: -zoomed.overscan, x1: width + zoomed.overscan };
    const sprites = drawingInPlace();
    const late = recordingContext();
    const scene = { ...unmoved(null, zoomed), area, seen: { x0: 0, x1: width } };
    expect(paintPlot(late.ctx, scene, sprites, -Infinity)).toBe(false);
    const lateTexts = late.written.map((w) => w.text);
    for (const label of inSight) expect(lateTexts).toContain(dateOf(label.id));
    for (const label of outside) expect(lateTexts).not.toContain(dateOf(label.id));
    // Given the time, the rest follow, and the picture is whole.
    const whole = recordingContext();
    expect(paintPlot(whole.ctx, scene, sprites, Infinity)).toBe(true);
    for (const label of outside)
      expect(whole.written.map((w) => w.text)).toContain(dateOf(label.id));
  });

  it("writes the axis's words: ticks, now and the background strip's word", () => {
    const written = paint().map((w) => w.text);
    for (const tick of model.tickLabels) expect(written).toContain(tick.text);
    expect(written).toContain("Nå");
    expect(written).toContain(model.context.label!.text.toUpperCase());
  });

  it("writes each period's title above its bar, with its status word", () => {
    const written = paint();
    const span = model.spans[0]!;
    const title = index.events.get(span.id)!.title.nb;
    const words = written.filter((w) => w.y > span.label.top && w.y < span.label.top + 30);
    expect(words.some((w) => title.startsWith(w.text.replace("…", "")))).toBe(true);
  });
});

describe("shareRow: a period's words and the spacer that moves them in to the bar's start", () => {
  it("keeps both whole when they fit", () => {
    expect(shareRow(40, 100, 200)).toEqual({ spacer: 40, title: 100 });
  });

  it("gives up the spacer first, then the title, as CSS flex-shrink does", () => {
    const { spacer, title } = shareRow(40, 100, 120);
    expect(spacer).toBeLessThan(40);
    expect(spacer).toBeGreaterThan(19);
    expect(spacer + title).toBeCloseTo(120);
    expect(shareRow(40, 200, 100)).toEqual({ spacer: 0, title: 100 });
  });
});
