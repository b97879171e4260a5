import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stackInDateOrder } from "@/features/timeline/stack-order.ts";

const point = (id: string, labelX: number, lane: number, x = labelX + 12, labelWidth = 232) => ({
  id,
  x,
  labelX,
  labelWidth,
  lane,
});

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

  it("stacks cards pushed in from the right edge by date, however wide each is", () => {
    const start: Record<string, number> = { call: 21, deadline: 28, palace: 31 };
    // Each ends at the view's right edge (900), left of its marker: pushed in.
    const stacked = stackInDateOrder(
      [
        point("palace", 668, 2, 880),
        point("call", 668, 1, 870),
        point("deadline", 606, 0, 890, 294),
      ],
      (id) => start[id]!,
    );
    const fromTop = [...stacked].sort((a, b) => b.lane - a.lane).map((p) => p.id);
    expect(fromTop).toEqual(["call", "deadline", "palace"]);
  });

  it("keeps packing's order where the date order would overlap another card", () => {
    // "wide" may not move up to lane 1: "other" sits there, left of the narrow card.
    const points = [
      point("other", 300, 1, 312, 200),
      point("narrow", 668, 1, 870),
      point("wide", 420, 0, 890, 480),
    ];
    const stacked = stackInDateOrder(points, (id) => (id === "wide" ? 1 : 2));
    expect(stacked).toEqual(points);
  });

  it("never puts two overlapping cards in one lane", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            right: fc.boolean(),
            width: fc.integer({ min: 232, max: 320 }),
            lane: fc.integer({ min: 0, max: 5 }),
            start: fc.integer(),
          }),
          { maxLength: 10 },
        ),
        (cards) => {
          // Cards laid out as packing would: one per lane at the right edge, or at 0.
          const seen = new Set<number>();
          const points = cards
            .filter(({ lane }) => !seen.has(lane) && seen.add(lane))
            .map(({ right, width, lane }, i) =>
              right
                ? point(`e${i}`, 900 - width, lane, 890, width)
                : point(`e${i}`, 0, lane, 12, width),
            );
          const starts = new Map(points.map((p, i) => [p.id, cards[i]!.start]));
          const stacked = stackInDateOrder(points, (id) => starts.get(id)!);
          for (const a of stacked)
            for (const b of stacked)
              if (a !== b && a.lane === b.lane)
                expect(
                  a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX,
                ).toBe(true);
        },
      ),
    );
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
