import type { VerticalGap } from "./vertical-gaps.ts";

/**
 * A long phone timeline is drawn in chunks of rows: only the chunks near the screen are in the
 * DOM, each other chunk a placeholder of about its height. At 5,000 events, every row in the
 * DOM made each tap restyle and repaint 60,000 boxes (1.5 s on a slow phone).
 */
export const CHUNK_SIZE = 40;
/**
 * Lists of one chunk are drawn whole. From the second chunk, what is drawn first (and what the
 * page's first response holds) is one chunk: a hundred rows made a story's page, and each of
 * its events' pages, too long for the first round trip.
 */
export const CHUNKED_FROM = CHUNK_SIZE + 1;

/** A row's height as drawn at 320–599 px: its date, two lines of title and margins. */
const ROW_PX = 68;
/** A quiet stretch's break line ("6 years later"), with its margins. */
const BREAK_PX = 44;

export interface RowChunk {
  /** The first row's index, and one past the last. */
  start: number;
  end: number;
  /** Its height until it has been drawn, px. */
  estimate: number;
}

/**
 * A chunk that comes near the screen from below is drawn this many rows at a time, a frame
 * apart: 40 rows in one task took 65–110 ms on a phone (4× CPU slowdown), and a tap made just
 * after a scroll waited for it.
 */
export const CHUNK_SLICE = 10;

/** The height of rows `start` to `end` (exclusive) until they have been drawn, px. */
export function estimateRows(
  gaps: readonly (VerticalGap | undefined)[],
  start: number,
  end: number,
): number {
  let estimate = 0;
  for (let i = start; i < end; i++) {
    const gap = gaps[i];
    estimate += ROW_PX + (gap?.space ?? 0) + (gap?.gap ? BREAK_PX : 0);
  }
  return estimate;
}

/** The chunks of `count` rows; `gaps[i]` is the space above row i (vertical-gaps.ts). */
export function chunkRows(
  count: number,
  gaps: readonly (VerticalGap | undefined)[],
  size: number = CHUNK_SIZE,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (let start = 0; start < count; start += size) {
    const end = Math.min(count, start + size);
    chunks.push({ start, end, estimate: estimateRows(gaps, start, end) });
  }
  return chunks;
}

/** The chunk that holds row `index` (-1: no such row). */
export function chunkOf(index: number, size: number = CHUNK_SIZE): number {
  return index < 0 ? -1 : Math.floor(index / size);
}

/**
 * The rows drawn so far of each chunk still being drawn (chunk → rows), one slice further on:
 * a chunk drawn whole leaves the map. `sizeOf(i)` is chunk i's number of rows.
 */
export function growSlices(
  shown: ReadonlyMap<number, number>,
  sizeOf: (chunk: number) => number,
  slice: number,
): Map<number, number> {
  const next = new Map<number, number>();
  for (const [chunk, rows] of shown) {
    if (rows + slice < sizeOf(chunk)) next.set(chunk, rows + slice);
  }
  return next;
}
