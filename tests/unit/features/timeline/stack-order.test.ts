import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stackInDateOrder } from "@/features/timeline/stack-order.ts";

const point = (id: string, labelX: number, lane: number, x = labelX) => ({ id, x, labelX, lane });

describe("stackInDateOrder", () => {
  it("gives a column's lanes out again by date, the earliest on top", () => {
    const start: Record<string, number> = { call: 21, deadline: 28, weekend: 29, palace: 31 };
    const stacked = stackInDateOrder(
      [
        point("call", 656, 4),
        point("palace", 656, 3),
        point("weekend", 656, 2),
        point("deadline", 656, 0),
      ],
      (id) => start[id]!,
    );
    const fromTop = [...stacked].sort((a, b) => b.lane - a.lane).map((p) => p.id);
    expect(fromTop).toEqual(["call", "deadline", "weekend", "palace"]);
    expect(stacked.map((p) => p.lane).sort()).toEqual([0, 2, 3, 4]);
  });

  it("leaves labels that are not in one column where packing put them", () => {
    const points = [point("a", 10, 0), point("b", 300, 1)];
    expect(stackInDateOrder(points, () => 0)).toEqual(points);
  });

  it("never gives two labels of one column the same lane", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        (lanes) => {
          const stacked = stackInDateOrder(
            lanes.map((lane, i) => point(`e${i}`, 100, lane)),
            (id) => -Number(id.slice(1)),
          );
          expect(new Set(stacked.map((p) => p.lane)).size).toBe(lanes.length);
        },
      ),
    );
  });
});
