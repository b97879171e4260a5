import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getDrawnChunks,
  getMarkSide,
  isChunkWithin,
  isSameChunks,
  type MarkSide,
} from "@/features/timeline/chunk-window.ts";
import { growSlices } from "@/features/timeline/vertical-chunks.ts";

/** What an observer with a margin of `margin` px round a screen from `top` to `bottom` says. */
function sidesOf(marks: readonly number[], top: number, bottom: number, margin: number) {
  const root = { top: top - margin, bottom: bottom + margin };
  return marks.map((y) => getMarkSide({ top: y, bottom: y }, root));
}

describe("getMarkSide", () => {
  const root = { top: -100, bottom: 900 };
  it("places a mark in the margin, above it or below it", () => {
    expect(getMarkSide({ top: -150, bottom: 10 }, root)).toBe("near");
    expect(getMarkSide({ top: 900, bottom: 900 }, root)).toBe("near");
    expect(getMarkSide({ top: -300, bottom: -200 }, root)).toBe("above");
    expect(getMarkSide({ top: 1000, bottom: 1500 }, root)).toBe("below");
  });

  it("does not place a mark it cannot: no root (an embed's host), or no box (a closed fold)", () => {
    expect(getMarkSide({ top: 0, bottom: 0 }, null)).toBe(undefined);
    expect(getMarkSide(null, root)).toBe(undefined);
  });
});

describe("isChunkWithin", () => {
  it("counts a chunk that spans the whole screen, its marks above and below it", () => {
    expect(isChunkWithin(["above", "below"], 0)).toBe(true);
    expect(isChunkWithin(["above", "above"], 0)).toBe(false);
    expect(isChunkWithin(["below", "below"], 0)).toBe(false);
    expect(isChunkWithin([undefined, "below"], 0)).toBe(undefined);
  });
});

describe("getDrawnChunks", () => {
  const chunkCase = fc
    .record({
      heights: fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 30 }),
      scroll: fc.integer({ min: -2000, max: 80_000 }),
      drawnBefore: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      pinned: fc.integer({ min: -1, max: 29 }),
    })
    .map(({ heights, scroll, drawnBefore, pinned }) => {
      // Mark i at the top of chunk i, the last mark at the end, all relative to the screen.
      const marks = heights.reduce((ys, h) => [...ys, ys[ys.length - 1]! + h], [-scroll]);
      const previous = new Set(drawnBefore.flatMap((drawn, i) => (drawn ? [i] : [])));
      return { heights, marks, previous, pinned: pinned < heights.length ? pinned : -1 };
    });
  const SCREEN = 844;
  const overlaps = (marks: number[], i: number, margin: number) =>
    marks[i]! <= SCREEN + margin && marks[i + 1]! >= -margin;

  it("draws every chunk near the screen, keeps drawn ones within the wide margin, no others", () => {
    fc.assert(
      fc.property(chunkCase, ({ heights, marks, previous, pinned }) => {
        const near = sidesOf(marks, 0, SCREEN, 1266);
        const keep = sidesOf(marks, 0, SCREEN, 3376);
        const next = getDrawnChunks(previous, heights.length, near, keep, [pinned]);
        for (let i = 0; i < heights.length; i++) {
          const expected =
            overlaps(marks, i, 1266) ||
            (previous.has(i) && overlaps(marks, i, 3376)) ||
            i === pinned;
          expect(next.has(i), `chunk ${i}`).toBe(expected);
        }
      }),
    );
  });

  it("takes nothing out while the marks' places are not known", () => {
    const unknown: MarkSide[] = [undefined, undefined, undefined];
    const next = getDrawnChunks(new Set([0, 1]), 2, unknown, unknown, []);
    expect([...next].sort()).toEqual([0, 1]);
  });

  it("draws no chunk past the list, pinned or not", () => {
    expect([...getDrawnChunks(new Set(), 2, [], [], [-1, 5])]).toEqual([]);
  });
});

describe("isSameChunks", () => {
  it("compares the chunks, not the order they were added in", () => {
    expect(isSameChunks(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(isSameChunks(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(isSameChunks(new Set([1]), new Set([1, 2]))).toBe(false);
  });
});

describe("growSlices", () => {
  it("draws a slice more of each chunk being drawn, and lets go of a chunk drawn whole", () => {
    const sizes = [40, 40, 15];
    const next = growSlices(
      new Map([
        [0, 10],
        [1, 30],
        [2, 10],
      ]),
      (i) => sizes[i]!,
      10,
    );
    expect([...next]).toEqual([[0, 20]]);
  });

  it("draws a chunk whole in as many slices as it takes, each a slice more than the last", () => {
    const sliced = fc
      .record({ size: fc.integer({ min: 2, max: 200 }), slice: fc.integer({ min: 1, max: 50 }) })
      .filter(({ size, slice }) => slice < size);
    fc.assert(
      fc.property(sliced, ({ size, slice }) => {
        let shown = new Map([[0, slice]]);
        const drawn = [slice];
        while (shown.size > 0) {
          shown = growSlices(shown, () => size, slice);
          drawn.push(shown.get(0) ?? size);
        }
        expect(drawn).toHaveLength(Math.ceil(size / slice));
        expect(drawn.at(-1)).toBe(size);
        for (const [k, rows] of drawn.slice(0, -1).entries()) expect(rows).toBe(slice * (k + 1));
      }),
    );
  });
});
