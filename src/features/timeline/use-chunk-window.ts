import { useCallback, useEffect, useRef, useState } from "react";
import { getDrawnChunks, getMarkSide, isSameChunks, type MarkSide } from "./chunk-window.ts";
import type { RowChunk } from "./vertical-chunks.ts";

/** How far beyond the screen a chunk is drawn before it scrolls in. */
const NEAR = "150% 0px";
/**
 * How far beyond the screen a drawn chunk stays. Four screens: a chunk is about three on a
 * phone, so a reader who turns back finds the last ones still there.
 */
const KEEP = "400% 0px";

const indexOf = (mark: Element) => Number((mark as HTMLElement).dataset["chunk"]);
/** A mark's box, or null when the browser does not lay it out (in a closed fold). */
const boxOf = (mark: Element) =>
  mark.getClientRects().length > 0 ? mark.getBoundingClientRect() : null;

interface ChunkWindowOptions {
  /** False for a short list, or a browser that cannot say what is near the screen. */
  enabled: boolean;
  chunks: readonly RowChunk[];
  /** The chunks the first render draws (the server's too). */
  initial: readonly number[];
  /** The chunks that stay whatever their place, asked each time the drawn ones change. */
  pinned: () => Iterable<number>;
}

interface ChunkWindow {
  drawn: ReadonlySet<number>;
  /** The heights of chunks taken out, measured as they went, for these chunks. */
  heights: ReadonlyMap<number, number>;
  of: readonly RowChunk[];
}

/**
 * Watches a chunked list's marks (chunk-window.ts) and draws or takes out chunks as they come
 * near the screen or go far from it. Returns the chunks drawn, the ref every mark takes, and
 * each placeholder's height: the chunk's own, measured as it was taken out, else its estimate.
 */
export function useChunkWindow({ enabled, chunks, initial, pinned }: ChunkWindowOptions) {
  const listRef = useRef<HTMLElement | null>(null);
  const [state, setState] = useState<ChunkWindow>(() => ({
    drawn: new Set(initial),
    heights: new Map(),
    of: chunks,
  }));
  const { drawn } = state;
  // A new set of chunks (a filter changed the rows): their measured heights no longer hold.
  const heights = state.of === chunks ? state.heights : null;
  // The latest props, read by the observers' callbacks.
  const latest = useRef({ chunks, drawn, heights, pinned });
  useEffect(() => {
    latest.current = { chunks, drawn, heights, pinned };
  });

  useEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    const marks = () => list.querySelectorAll<HTMLElement>(":scope > li[data-chunk]");
    const markOf = (i: number) => list.querySelector(`:scope > li[data-chunk="${i}"]`);
    const sides = { near: [] as MarkSide[], keep: [] as MarkSide[] };
    const update = () => {
      const now = latest.current;
      const next = getDrawnChunks(
        now.drawn,
        now.chunks.length,
        sides.near,
        sides.keep,
        now.pinned(),
      );
      if (isSameChunks(next, now.drawn)) return;
      // A chunk taken out leaves a placeholder of its own height: nothing below it moves.
      const measured = new Map(now.heights);
      for (const i of now.drawn) {
        const [start, end] = [markOf(i), markOf(i + 1)];
        if (next.has(i) || !start || !end) continue;
        measured.set(i, end.getBoundingClientRect().top - start.getBoundingClientRect().top);
      }
      setState({ drawn: next, heights: measured, of: now.chunks });
    };
    // An observer says when a mark crosses its margin, not where the others went meanwhile (a
    // jump, a fold opened): each time one speaks, every mark is placed again from its box.
    const watch = (into: MarkSide[], rootMargin: string) =>
      new IntersectionObserver(
        (entries) => {
          const root = entries[0]?.rootBounds ?? null;
          if (root) {
            for (const mark of marks()) into[indexOf(mark)] = getMarkSide(boxOf(mark), root);
          } else {
            for (const { target, isIntersecting } of entries) {
              into[indexOf(target)] = isIntersecting ? "near" : undefined;
            }
          }
          update();
        },
        { rootMargin },
      );
    const observers = [watch(sides.near, NEAR), watch(sides.keep, KEEP)];
    for (const mark of marks()) for (const observer of observers) observer.observe(mark);
    return () => {
      for (const observer of observers) observer.disconnect();
    };
    // Marks change when chunks are drawn or taken out: observe the ones there now.
  }, [enabled, chunks, drawn]);

  const markRef = useCallback((mark: HTMLLIElement | null) => {
    if (mark?.parentElement) listRef.current = mark.parentElement;
  }, []);
  const heightOf = (i: number) => heights?.get(i) ?? chunks[i]?.estimate ?? 0;
  return { drawn, markRef, heightOf };
}
