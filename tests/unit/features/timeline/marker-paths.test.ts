import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  circlePath,
  diamondPath,
  markerClass,
  markerGroups,
} from "@/features/timeline/marker-paths.ts";
import type { TimelineItem } from "@/features/timeline/timeline-item.ts";

const item = (id: string, kind: string, fuzzy: boolean, status = "confirmed") =>
  ({ id, kind, fuzzy, status, start: 0, end: 1, span: false }) as TimelineItem;

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
      {
        deadline: false,
        fuzzy: false,
        solid: true,
        d: circlePath(10, 100, 6) + circlePath(40, 100, 6),
      },
      { deadline: true, fuzzy: false, solid: true, d: diamondPath(20, 100, 6) },
      { deadline: false, fuzzy: true, solid: true, d: circlePath(30, 100, 6) },
    ]);
  });

  it("fills a confirmed event's marker and leaves a claim's hollow", () => {
    const claims = new Map(
      [item("a", "event", false), item("b", "event", false, "unconfirmed")].map((i) => [i.id, i]),
    );
    const groups = markerGroups(markers.slice(0, 2), claims, 100, null);
    expect(groups.map((g) => [markerClass(g), g.d])).toEqual([
      ["tl-marker tl-marker--solid", circlePath(10, 100, 6)],
      ["tl-marker", circlePath(20, 100, 6)],
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
        fc.array(
          fc.record({
            kind: fc.constantFrom("event", "deadline"),
            fuzzy: fc.boolean(),
            status: fc.constantFrom("confirmed", "reported", "denied"),
          }),
          {
            maxLength: 400,
          },
        ),
        (specs) => {
          const many = new Map(
            specs.map((s, i) => [`e${i}`, item(`e${i}`, s.kind, s.fuzzy, s.status)]),
          );
          const placed = specs.map((_, i) => ({ id: `e${i}`, x: i * 3 }));
          const groups = markerGroups(placed, many, 50, null);
          expect(groups.length).toBeLessThanOrEqual(8);
          const subpaths = groups.reduce((n, g) => n + (g.d.match(/M/g)?.length ?? 0), 0);
          expect(subpaths).toBe(specs.length);
        },
      ),
    );
  });
});
