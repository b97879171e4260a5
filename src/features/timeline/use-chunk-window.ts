import { useCallback, useEffect, useRef, useState } from "react";
import { afterNextPaint } from "@/lib/after-next-paint.ts";
import {
  getDrawnChunks,
  getMarkSide,
  growSlices,
  isSameChunks,
  type MarkSide,
  type Span,
} from "./chunk-window.ts";
import { CHUNK_SLICE, type RowChunk } from "./vertical-chunks.ts";

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
  /** The heights of chunks taken out, measured as they went. */
  heights: ReadonlyMap<number, number>;
  /** The rows drawn so far of the chunks still being drawn, a slice a frame. */
  slices: ReadonlyMap<number, number>;
  /** The chunks the heights and slices are of. */
  of: readonly RowChunk[];
}

const NONE: ReadonlyMap<number, number> = new Map();

/** What one observer has said: where each mark is against its margin, and the margin's box. */
interface Watch {
  sides: MarkSide[];
  root: Span | null;
}

/**
 * Watches a chunked list's marks (chunk-window.ts) and draws or takes out chunks as they come
 * near the screen or go far from it. A chunk that begins below the screen's top is drawn a
 * slice of rows a frame (CHUNK_SLICE), each slice taking the place of blank placeholder; one
 * that begins above it, at once, so that nothing on screen moves. Returns the chunks drawn,
 * how many rows of each are drawn so far, the ref every mark takes, and each placeholder's
 * height: the chunk's own, measured as it was taken out, else its estimate.
 */
export function useChunkWindow({ enabled, chunks, initial, pinned }: ChunkWindowOptions) {
  const listRef = useRef<HTMLElement | null>(null);
  const [state, setState] = useState<ChunkWindow>(() => ({
    drawn: new Set(initial),
    heights: NONE,
    slices: NONE,
    of: chunks,
  }));
  const { drawn } = state;
  // A new set of chunks (a filter changed the rows): their heights and slices no longer hold.
  const current = state.of === chunks;
  const heights = current ? state.heights : NONE;
  const slices = current ? state.slices : NONE;
  // The latest props, read by the observers' callbacks.
  const latest = useRef({ chunks, drawn, pinned });
  useEffect(() => {
    latest.current = { chunks, drawn, pinned };
  });

  useEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    const marks = () => list.querySelectorAll<HTMLElement>(":scope > li[data-chunk]");
    const markOf = (i: number) => list.querySelector(`:scope > li[data-chunk="${i}"]`);
    const near: Watch = { sides: [], root: null };
    const keep: Watch = { sides: [], root: null };
    const update = () => {
      const now = latest.current;
      const pinned = [...now.pinned()];
      const next = getDrawnChunks(now.drawn, now.chunks.length, near.sides, keep.sides, pinned);
      if (isSameChunks(next, now.drawn)) return;
      // A chunk taken out leaves a placeholder of its own height: nothing below it moves.
      const measured = new Map<number, number>();
      for (const i of now.drawn) {
        const [start, end] = [markOf(i), markOf(i + 1)];
        if (next.has(i) || !start || !end) continue;
        measured.set(i, end.getBoundingClientRect().top - start.getBoundingClientRect().top);
      }
      const sliced: number[] = [];
      for (const i of next) {
        const box = now.drawn.has(i) || pinned.includes(i) ? null : boxOf(markOf(i)!);
        if (box && box.top >= 0) sliced.push(i);
      }
      setState((was) => {
        const same = was.of === now.chunks;
        const slices = [...(same ? was.slices : NONE)].filter(([i]) => next.has(i));
        return {
          drawn: next,
          heights: new Map([...(same ? was.heights : NONE), ...measured]),
          slices: new Map([...slices, ...sliced.map((i) => [i, CHUNK_SLICE] as const)]),
          of: now.chunks,
        };
      });
    };
    // An observer says when a mark crosses its margin, not where the others went meanwhile (a
    // jump, a fold opened): each time one speaks, every mark is placed again from its box,
    // against both margins.
    const place = () => {
      for (const mark of marks()) {
        const box = boxOf(mark);
        for (const { sides, root } of [near, keep]) {
          if (root) sides[indexOf(mark)] = getMarkSide(box, root);
        }
      }
    };
    const watch = (into: Watch, rootMargin: string) =>
      new IntersectionObserver(
        (entries) => {
          into.root = entries[0]?.rootBounds ?? null;
          if (into.root) place();
          else {
            for (const { target, isIntersecting } of entries) {
              into.sides[indexOf(target)] = isIntersecting ? "near" : undefined;
            }
          }
          update();
        },
        { rootMargin },
      );
    const observers = [watch(near, NEAR), watch(keep, KEEP)];
    for (const mark of marks()) for (const observer of observers) observer.observe(mark);
    return () => {
      for (const observer of observers) observer.disconnect();
    };
    // Marks change when chunks are drawn or taken out: observe the ones there now.
  }, [enabled, chunks, drawn]);

  // One more slice of each chunk still being drawn, after the last one has been painted.
  useEffect(() => {
    if (slices.size === 0) return;
    const sizeOf = (i: number) => (chunks[i] ? chunks[i].end - chunks[i].start : 0);
    return afterNextPaint(() =>
      setState((was) => ({ ...was, slices: growSlices(was.slices, sizeOf, CHUNK_SLICE) })),
    );
  }, [slices, chunks]);

  const markRef = useCallback((mark: HTMLLIElement | null) => {
    if (mark?.parentElement) listRef.current = mark.parentElement;
  }, []);
  const heightOf = (i: number) => heights.get(i) ?? chunks[i]?.estimate ?? 0;
  const rowsDrawn = (i: number) => slices.get(i) ?? Infinity;
  return { drawn, rowsDrawn, markRef, heightOf };
}
