import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { afterNextPaint } from "@/lib/after-next-paint.ts";
import type { ChunkChange } from "./chunk-observers.ts";
import { CHUNK_SLICE, growSlices, type RowChunk } from "./vertical-chunks.ts";

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

/**
 * Watches a chunked list's marks (chunk-observers.ts, loaded once a list is long enough to be
 * chunked) and draws or takes out chunks as they come near the screen or go far from it. A
 * chunk that begins below the screen's top is drawn a slice of rows a frame (CHUNK_SLICE),
 * each slice taking the place of blank placeholder; one that begins above it, at once, so
 * that nothing on screen moves. Returns the chunks drawn, how many rows of each are drawn so
 * far, the ref every mark takes, and each placeholder's height: the chunk's own, measured as it
 * was taken out, else its estimate.
 */
export function useChunkWindow({ enabled, chunks, initial, pinned }: ChunkWindowOptions) {
  const listRef = useRef<HTMLElement | null>(null);
  const [state, setState] = useState<ChunkWindow>(() => ({
    drawn: new Set(initial),
    heights: NONE,
    slices: NONE,
    of: chunks,
  }));
  // Whether the observers could not be loaded: then every chunk is drawn.
  const [blind, setBlind] = useState(false);
  const drawn = useMemo(
    () => (blind ? new Set(chunks.keys()) : state.drawn),
    [blind, chunks, state.drawn],
  );
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
    if (!enabled || !list || blind) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    const apply = ({ drawn: next, measured, sliced, of }: ChunkChange) =>
      setState((was) => {
        const same = was.of === of;
        const slices = [...(same ? was.slices : NONE)].filter(([i]) => next.has(i));
        return {
          drawn: next,
          heights: new Map([...(same ? was.heights : NONE), ...measured]),
          slices: new Map([...slices, ...sliced.map((i) => [i, CHUNK_SLICE] as const)]),
          of,
        };
      });
    import("./chunk-observers.ts")
      .then(({ watchChunks }) => {
        if (!stopped) stop = watchChunks(list, () => latest.current, apply);
      })
      // A chunk gone after a deploy: every row is drawn, as where the browser cannot observe.
      .catch((error: unknown) => {
        console.warn("The timeline could not load its chunks' observers:", error);
        if (!stopped) setBlind(true);
      });
    return () => {
      stopped = true;
      stop?.();
    };
    // Marks change when chunks are drawn or taken out: observe the ones there now.
  }, [enabled, blind, chunks, drawn]);

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
