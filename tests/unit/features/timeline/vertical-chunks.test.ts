import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkOf, chunkRows } from "@/features/timeline/vertical-chunks.ts";

describe("chunkRows", () => {
  it("cuts the rows into chunks of a size, the last one shorter", () => {
    const chunks = chunkRows(95, [], 40);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [0, 40],
      [40, 80],
      [80, 95],
    ]);
  });

  it("counts a row's space and its break in the chunk's height", () => {
    const [plain] = chunkRows(2, [], 40);
    const [spaced] = chunkRows(2, [{ space: 0 }, { space: 20, gap: { years: 2 } }], 40);
    expect(spaced!.estimate).toBeGreaterThan(plain!.estimate + 20);
  });

  it("covers every row once, in order, and chunkOf finds each row's chunk", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 100 }),
        (count, size) => {
          const chunks = chunkRows(count, [], size);
          expect(chunks.reduce((end, c) => (expect(c.start).toBe(end), c.end), 0)).toBe(count);
          for (const [i, c] of chunks.entries()) {
            expect(c.end - c.start).toBeLessThanOrEqual(size);
            expect(c.estimate).toBeGreaterThan(0);
            expect(chunkOf(c.start, size)).toBe(i);
            expect(chunkOf(c.end - 1, size)).toBe(i);
          }
        },
      ),
    );
  });

  it("finds no chunk for a row that is not there", () => {
    expect(chunkOf(-1)).toBe(-1);
  });
});
