import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlotBase } from "@/features/timeline/plot-base.ts";
import { getPlotModel, type PlotModel, type PlotView } from "@/features/timeline/plot-model.ts";
import { createLayoutAnswers } from "@/features/timeline/sketch/layout-answers.ts";
import { createLayoutClient } from "@/features/timeline/sketch/layout-client.ts";
import type { LayoutAsk } from "@/features/timeline/sketch/layout-messages.ts";
import { zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../../helpers/bundled-story.ts";

/**
 * A worker that answers as layout-worker.ts does, each answer in a task of its own after a
 * copy, as a real one's messages are; `fail` makes it fail to start.
 */
class StandInWorker {
  static made: StandInWorker[] = [];
  static fail = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  asks: LayoutAsk[] = [];
  private answer = createLayoutAnswers();
  constructor() {
    StandInWorker.made.push(this);
    if (StandInWorker.fail) setTimeout(() => this.onerror?.(), 0);
  }
  postMessage(ask: LayoutAsk) {
    this.asks.push(ask);
    const reply = this.answer(structuredClone(ask));
    if (reply) setTimeout(() => this.onmessage?.({ data: structuredClone(reply) }), 0);
  }
  terminate() {}
}

const index = buildStoryIndex(loadBundledStory());
const base = createPlotBase(index, null, 892, "nb");
const view = (k: number, x = 0): PlotView => ({
  transform: zoomTransform1D(k, x),
  width: 892,
  lang: "nb",
  nowLabel: "Nå",
});

beforeEach(() => {
  vi.useFakeTimers();
  StandInWorker.made = [];
  StandInWorker.fail = false;
  vi.stubGlobal("Worker", StandInWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the sketch's layouts, made by a worker", () => {
  it("gives the model of the view asked for, as the page would lay it out", async () => {
    const client = createLayoutClient()!;
    const done = vi.fn<(model: PlotModel) => void>();
    expect(client.ask(base, view(3, -900), done)).toBe(true);
    expect(done).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(done).toHaveBeenCalledWith(getPlotModel(base, view(3, -900)));
  });

  it("asks one layout at a time, and of those asked meanwhile makes only the latest", async () => {
    const client = createLayoutClient()!;
    const answers: number[] = [];
    for (const k of [2, 3, 4, 5]) client.ask(base, view(k), () => answers.push(k));
    await vi.runAllTimersAsync();
    expect(answers).toEqual([2, 5]);
    const asked = StandInWorker.made[0]!.asks.filter((ask) => ask.type === "layout");
    expect(asked.map((ask) => ask.type === "layout" && ask.view.k)).toEqual([2, 5]);
  });

  it("hands a base over once, and drops a layout of a base that has since changed", async () => {
    const client = createLayoutClient()!;
    const stale = vi.fn();
    client.prepare(base);
    client.prepare(base);
    client.ask(base, view(2), stale);
    const filtered = createPlotBase(index, new Set(["trump-maduro-call"]), 892, "nb");
    const fresh = vi.fn();
    client.ask(filtered, view(2), fresh);
    await vi.runAllTimersAsync();
    expect(stale).not.toHaveBeenCalled();
    expect(fresh).toHaveBeenCalledWith(getPlotModel(filtered, view(2)));
    const seeds = StandInWorker.made[0]!.asks.filter((ask) => ask.type === "seed");
    expect(seeds).toHaveLength(2);
  });

  it("says so when its worker cannot start, so that the layout is made on the page", async () => {
    StandInWorker.fail = true;
    const client = createLayoutClient()!;
    client.prepare(base);
    await vi.runAllTimersAsync();
    expect(client.ask(base, view(2), vi.fn())).toBe(false);
  });

  it("is not made where there are no workers", () => {
    vi.stubGlobal("Worker", undefined);
    expect(createLayoutClient()).toBeNull();
  });
});
