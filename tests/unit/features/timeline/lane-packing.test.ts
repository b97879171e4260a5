import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, firstFitLane } from "@/features/timeline/lane-packing.ts";

describe("compareIds", () => {
  it("orders a story's ids as English collation does, in any locale", () => {
    // The schema's ID_PATTERN: lowercase letters and digits, in words joined by hyphens.
    const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    const id = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join("-"));
    const english = new Intl.Collator("en").compare;
    fc.assert(
      fc.property(id, id, (a, b) => {
        fc.pre(a !== b);
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(english(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("firstFitLane", () => {
  it("takes the lowest lane that ends far enough before the box", () => {
    // Lanes ending at 100, 150 and 160; a box at 108 fits 8 px after the first.
    expect(firstFitLane([100, 150, 160], 108, 3, 8)).toBe(0);
    expect(firstFitLane([100, 150, 160], 170, 3, 8)).toBe(0);
    expect(firstFitLane([160, 150, 170], 158, 3, 8)).toBe(1);
  });

  it("opens a new lane while there are fewer than the most, then leaves the box out", () => {
    expect(firstFitLane([100], 60, 3, 8)).toBe(1);
    expect(firstFitLane([], 0, 1, 8)).toBe(0);
    expect(firstFitLane([100], 10, 1, 8)).toBe(-1);
  });
});
