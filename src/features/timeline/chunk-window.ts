/**
 * Which chunks of a long phone timeline are in the DOM (vertical-chunks.ts): those near the
 * screen, and no others. Each chunk begins with a mark (its placeholder while it is not drawn,
 * an empty line while it is), and a last mark closes the list, so chunk i runs from mark i to
 * mark i + 1. Every mark is placed against two margins round the screen: a near one, within
 * which a chunk is drawn, and a wider one, beyond which it is taken out again. The gap between
 * the two keeps a chunk at either edge from being drawn and taken out at each small scroll.
 */

/**
 * Where a mark is against the screen and a margin round it. `undefined`: not known, as for a
 * mark in a closed fold, or in an embed whose host page the browser does not let us measure.
 */
export type MarkSide = "above" | "near" | "below" | undefined;

/** A stretch of the screen's height, in the page's client pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Where a mark's box is against an observer's root (the screen grown by its margin). `box` is
 * null for a mark the browser does not lay out (in a closed fold), `root` for a root it does
 * not tell (the host page of an embed on another site).
 */
export function getMarkSide(box: Span | null, root: Span | null): MarkSide {
  if (!box || !root) return undefined;
  if (box.bottom < root.top) return "above";
  if (box.top > root.bottom) return "below";
  return "near";
}

/**
 * Whether chunk i reaches into an observer's margin: true, false, or undefined while its
 * marks are not both placed.
 */
export function isChunkWithin(sides: readonly MarkSide[], i: number): boolean | undefined {
  const start = sides[i];
  const end = sides[i + 1];
  if (start === "near" || end === "near") return true;
  if (start === undefined || end === undefined) return undefined;
  // Both marks outside: the chunk is out only if both are on one side; else it spans the screen.
  return start !== "below" && end !== "above";
}

/**
 * The chunks to draw next. A chunk within the near margin is drawn; a chunk drawn before stays
 * until it is known to be beyond the wide margin; `pinned` chunks stay whatever their place
 * (the selected event's, the focused row's). `count` is the number of chunks.
 */
export function getDrawnChunks(
  previous: ReadonlySet<number>,
  count: number,
  nearSides: readonly MarkSide[],
  keepSides: readonly MarkSide[],
  pinned: Iterable<number>,
): Set<number> {
  const next = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (isChunkWithin(nearSides, i) === true) next.add(i);
    else if (previous.has(i) && isChunkWithin(keepSides, i) !== false) next.add(i);
  }
  for (const i of pinned) if (i >= 0 && i < count) next.add(i);
  return next;
}

/** Whether two sets of chunks hold the same chunks. */
export function isSameChunks(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && [...a].every((i) => b.has(i));
}
