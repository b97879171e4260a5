import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { circlePath, diamondPath, markerGroups } from "@/features/timeline/marker-paths.ts";
import type { TimelineItem } from "@/features/timeline/timeline-item.ts";

const item = (id: string, kind: string, fuzzy: boolean) =>
  ({ id, kind, fuzzy, status: "confirmed", start: 0, end: 1, span: false }) as TimelineItem;

describe("markerGroups", () => {
  const items = new Map(
    [
      item("a", "event", false),
      item("b", "deadline", false),
      item("c", "event", true),
      item("d", "event", false),
    ].map((i) => [i.id, i]),
  );
  const markers = [
    { id: "a", x: 10 },
    { id: "b", x: 20 },
    { id: "c", x: 30 },
    { id: "d", x: 40 },
  ];

  it("draws alike markers as one path: circles, diamonds for deadlines, dashed when fuzzy", () => {
    const groups = markerGroups(markers, items, 100, null);
    expect(groups).toEqual([
      { deadline: false, fuzzy: false, d: circlePath(10, 100, 6) + circlePath(40, 100, 6) },
      { deadline: true, fuzzy: false, d: diamondPath(20, 100, 6) },
      { deadline: false, fuzzy: true, d: circlePath(30, 100, 6) },
    ]);
  });

  it("leaves out the selected marker, which is drawn on its own", () => {
    const groups = markerGroups(markers, items, 100, "a");
    const solidCircles = groups.find((g) => !g.deadline && !g.fuzzy);
    expect(solidCircles?.d).toBe(circlePath(40, 100, 6));
  });

  it("draws each marker exactly once, however many there are", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom("event", "deadline"), fuzzy: fc.boolean() }), {
          maxLength: 400,
        }),
        (specs) => {
          const many = new Map(specs.map((s, i) => [`e${i}`, item(`e${i}`, s.kind, s.fuzzy)]));
          const placed = specs.map((_, i) => ({ id: `e${i}`, x: i * 3 }));
          const groups = markerGroups(placed, many, 50, null);
          expect(groups.length).toBeLessThanOrEqual(4);
          const subpaths = groups.reduce((n, g) => n + (g.d.match(/M/g)?.length ?? 0), 0);
          expect(subpaths).toBe(specs.length);
        },
      ),
    );
  });
});
