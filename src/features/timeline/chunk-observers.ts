import {
  getDrawnChunks,
  getMarkSide,
  isSameChunks,
  type MarkSide,
  type Span,
} from "./chunk-window.ts";
import type { RowChunk } from "./vertical-chunks.ts";

/**
 * The observers of a long phone timeline's marks (chunk-window.ts), loaded only by a list long
 * enough to be drawn in chunks: a short story's page does not carry them.
 */

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

/** What one observer has said: where each mark is against its margin, and the margin's box. */
interface Watch {
  sides: MarkSide[];
  root: Span | null;
}

/** The list as it is drawn now. */
export interface ChunkView {
  chunks: readonly RowChunk[];
  drawn: ReadonlySet<number>;
  /** The chunks that stay whatever their place. */
  pinned: () => Iterable<number>;
}

/** The chunks to draw next, the heights of those taken out, and those to draw in slices. */
export interface ChunkChange {
  drawn: ReadonlySet<number>;
  measured: ReadonlyMap<number, number>;
  /** New chunks that begin below the screen's top: drawn a slice a frame. */
  sliced: readonly number[];
  of: readonly RowChunk[];
}

/**
 * Watches the marks that are children of `list` and says, through `change`, when the chunks to
 * draw change. Returns a function that stops watching.
 */
export function watchChunks(
  list: HTMLElement,
  now: () => ChunkView,
  change: (next: ChunkChange) => void,
): () => void {
  const marks = () => list.querySelectorAll<HTMLElement>(":scope > li[data-chunk]");
  const markOf = (i: number) => list.querySelector(`:scope > li[data-chunk="${i}"]`);
  const near: Watch = { sides: [], root: null };
  const keep: Watch = { sides: [], root: null };
  const update = () => {
    const view = now();
    const pinned = [...view.pinned()];
    const next = getDrawnChunks(view.drawn, view.chunks.length, near.sides, keep.sides, pinned);
    if (isSameChunks(next, view.drawn)) return;
    // A chunk taken out leaves a placeholder of its own height: nothing below it moves.
    const measured = new Map<number, number>();
    for (const i of view.drawn) {
      const [start, end] = [markOf(i), markOf(i + 1)];
      if (next.has(i) || !start || !end) continue;
      measured.set(i, end.getBoundingClientRect().top - start.getBoundingClientRect().top);
    }
    const sliced: number[] = [];
    for (const i of next) {
      const box = view.drawn.has(i) || pinned.includes(i) ? null : boxOf(markOf(i)!);
      if (box && box.top >= 0) sliced.push(i);
    }
    change({ drawn: next, measured, sliced, of: view.chunks });
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
}
