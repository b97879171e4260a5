import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packLanes } from "@/features/timeline/lane-packing.ts";

describe("packLanes", () => {
  it("breaks ties between ids as English collation orders a story's ids, in any locale", () => {
    // The schema's ID_PATTERN: lowercase letters and digits, in words joined by hyphens.
    const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    const id = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join("-"));
    const english = new Intl.Collator("en").compare;
    fc.assert(
      fc.property(id, id, (a, b) => {
        fc.pre(a !== b);
        const lanes = packLanes(
          [
            { id: a, x0: 0, x1: 10 },
            { id: b, x0: 0, x1: 10 },
          ],
          1,
        );
        // Of two boxes at the same place with one lane, the first in order gets it.
        const winner = lanes.get(a) === 0 ? a : b;
        expect(winner).toBe(english(a, b) < 0 ? a : b);
      }),
      { numRuns: 2000 },
    );
  });

  it("puts each box in the lowest lane it fits", () => {
    const lanes = packLanes(
      [
        { id: "a", x0: 0, x1: 100 },
        { id: "b", x0: 50, x1: 150 },
        { id: "c", x0: 108, x1: 200 },
        { id: "d", x0: 60, x1: 160 },
      ],
      3,
    );
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, d: 2, c: 0 });
  });

  it("leaves a box out when every lane is taken", () => {
    const lanes = packLanes(
      [
        { id: "a", x0: 0, x1: 100 },
        { id: "b", x0: 10, x1: 110 },
      ],
      1,
    );
    expect(lanes.get("b")).toBeNull();
  });

  it("never overlaps two boxes in one lane, and gives the same answer for the same input", () => {
    const box = fc.record({
      x0: fc.integer({ min: 0, max: 2000 }),
      w: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, maxLanes) => {
          const boxes = raw.map((b, i) => ({ id: `b${i}`, x0: b.x0, x1: b.x0 + b.w }));
          const lanes = packLanes(boxes, maxLanes);
          expect(packLanes([...boxes].reverse(), maxLanes)).toEqual(lanes);
          for (const a of boxes) {
            for (const b of boxes) {
              if (a === b || lanes.get(a.id) === null || lanes.get(a.id) !== lanes.get(b.id))
                continue;
              expect(a.x1 + 8 <= b.x0 || b.x1 + 8 <= a.x0).toBe(true);
            }
          }
        },
      ),
    );
  });
});
