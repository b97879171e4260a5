import { seedOf } from "@/features/timeline/plot-base-seed.ts";
import type { PlotBase } from "@/features/timeline/plot-base.ts";
import type { PlotModel, PlotView } from "@/features/timeline/plot-model.ts";
import type { LayoutAnswer, LayoutAsk } from "./layout-messages.ts";

/**
 * The sketch's layouts, made by a worker (layout-worker.ts) so that a frame of a gesture never
 * waits for one. One is asked for at a time; one asked for meanwhile waits its turn, and only
 * the latest of those is made.
 */
export interface LayoutClient {
  /** Hands `base` to the worker ahead of a gesture (in idle time). */
  prepare: (base: PlotBase) => void;
  /**
   * Asks for the model of `view`, given to `done` when it comes. False if the worker cannot
   * make it (it failed to start): then lay it out here.
   */
  ask: (base: PlotBase, view: PlotView, done: (model: PlotModel) => void) => boolean;
}

/** A client, or null where there are no workers (tests, the prerender). */
export function createLayoutClient(): LayoutClient | null {
  if (typeof Worker !== "function") return null;
  let worker: Worker | undefined;
  let failed = false;
  let seeded: PlotBase | undefined;
  let generation = 0;
  let asked: ((model: PlotModel) => void) | undefined;
  let next: { base: PlotBase; view: PlotView; done: (model: PlotModel) => void } | undefined;

  const post = (message: LayoutAsk) => worker?.postMessage(message);

  const start = () => {
    if (worker || failed) return;
    worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
      const done = asked;
      asked = undefined;
      if (data.model && data.generation === generation) done?.(data.model);
      if (next) {
        const { base, view, done: then } = next;
        next = undefined;
        client.ask(base, view, then);
      }
    };
    // A worker that cannot start (no module workers, a policy): layouts are made here.
    worker.onerror = () => {
      failed = true;
      worker?.terminate();
      worker = undefined;
    };
  };

  const seed = (base: PlotBase) => {
    if (base === seeded) return;
    seeded = base;
    generation += 1;
    post({ type: "seed", generation, seed: seedOf(base) });
  };

  const client: LayoutClient = {
    prepare: (base) => {
      start();
      seed(base);
    },
    ask: (base, view, done) => {
      start();
      if (failed || !worker) return false;
      seed(base);
      if (asked) {
        next = { base, view, done };
        return true;
      }
      asked = done;
      const { transform, ...rest } = view;
      post({ type: "layout", generation, view: { ...rest, k: transform.k, x: transform.x } });
      return true;
    },
  };
  return client;
}
