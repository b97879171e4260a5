import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUP_FROM, groupEvents } from "@/features/events/event-groups.ts";
import type { StoryDate } from "@/story/authoring/story-date-schema.ts";

const on = (at: string, id = at): { id: string; date: StoryDate } => ({
  id,
  date: { kind: "point", at, approximate: false } as StoryDate,
});

describe("groupEvents", () => {
  it("keeps a short story as one list without a heading", () => {
    const events = [on("2019-01-05"), on("2025-11-21")];
    expect(groupEvents(events)).toEqual([{ period: null, events }]);
  });

  it("groups a long story by year", () => {
    const events = [
      ...Array.from({ length: 30 }, (_, i) => on(`2020-0${(i % 9) + 1}-01`, `a${i}`)),
      ...Array.from({ length: 30 }, (_, i) => on(`2021-0${(i % 9) + 1}-01`, `b${i}`)),
    ];
    const groups = groupEvents(events);
    expect(groups.map((g) => [g.period, g.events.length])).toEqual([
      ["2020", 30],
      ["2021", 30],
    ]);
  });

  it("splits into months when a year is crowded", () => {
    const events = [
      ...Array.from({ length: 50 }, (_, i) => on("2025-11-21", `n${i}`)),
      ...Array.from({ length: 20 }, (_, i) => on("2025-12-01", `d${i}`)),
    ];
    expect(groupEvents(events).map((g) => [g.period, g.events.length])).toEqual([
      ["2025-11", 50],
      ["2025-12", 20],
    ]);
  });

  it("groups a range by the month it starts in", () => {
    const events = [
      ...Array.from({ length: GROUP_FROM }, (_, i) => on("2024", `y${i}`)),
      {
        id: "r",
        date: { kind: "range", from: "2025-03", to: "2026", approximate: false } as StoryDate,
      },
    ];
    expect(groupEvents(events).at(-1)).toEqual({ period: "2025", events: [events.at(-1)] });
  });

  it("keeps every event once, in order, in consecutive groups", () => {
    const day = fc
      .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.array(day, { maxLength: 300 }), (points) => {
        const events = [...points].sort().map((at, i) => on(at, `e${i}`));
        const groups = groupEvents(events);
        expect(groups.flatMap((g) => g.events)).toEqual(events);
        expect(groups.every((g) => g.events.length > 0)).toBe(true);
        const periods = groups.map((g) => g.period);
        expect(new Set(periods).size).toBe(periods.length);
        for (const group of groups) {
          if (group.period === null) continue;
          for (const event of group.events)
            expect(event.date.kind === "point" && event.date.at.startsWith(group.period)).toBe(
              true,
            );
        }
      }),
    );
  });
});
