import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDates, getDateBounds, sortByDate } from "@/story/model/story-dates.ts";
import type { StoryDate } from "@/story/authoring/story-date-schema.ts";

const label = { nb: "x", en: "x" };
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("getDateBounds", () => {
  it("covers a whole day, month or year for a point", () => {
    const bounds = getDateBounds({ kind: "point", at: "2018-02", approximate: false });
    expect([iso(bounds.start), iso(bounds.end), bounds.precision, bounds.fuzzy]).toEqual([
      "2018-02-01",
      "2018-03-01",
      "month",
      false,
    ]);
  });

  it("runs a range from the start of its first to the end of its last unit", () => {
    const bounds = getDateBounds({ kind: "range", from: "2014", to: "2017", approximate: false });
    expect([iso(bounds.start), iso(bounds.end)]).toEqual(["2014-01-01", "2018-01-01"]);
  });

  it("draws 'recent months' as a fuzzy span of three months up to the reporting date", () => {
    const bounds = getDateBounds({ kind: "recent", within: "months", asOf: "2025-12-03", label });
    expect([iso(bounds.start), iso(bounds.end), bounds.fuzzy]).toEqual([
      "2025-09-03",
      "2025-12-04",
      true,
    ]);
  });

  it("marks approximate points as fuzzy", () => {
    expect(getDateBounds({ kind: "point", at: "2025-09-02", approximate: true }).fuzzy).toBe(true);
  });
});

describe("compareDates", () => {
  it("orders by start, and a longer span before what starts with it", () => {
    const dates: StoryDate[] = [
      { kind: "point", at: "2025-11-21", approximate: false },
      { kind: "range", from: "2025-11", to: "2025-12", approximate: false },
      { kind: "point", at: "2018-02", approximate: false },
    ];
    expect(
      dates
        .sort(compareDates)
        .map((d) => (d.kind === "point" ? d.at : d.kind === "range" ? d.from : "")),
    ).toEqual(["2018-02", "2025-11", "2025-11-21"]);
  });
});

describe("sortByDate", () => {
  const dateArb: fc.Arbitrary<StoryDate> = fc.oneof(
    fc
      .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d): StoryDate => ({
        kind: "point",
        at: d.toISOString().slice(0, 10),
        approximate: false,
      })),
    fc.integer({ min: 2000, max: 2030 }).map((y): StoryDate => ({
      kind: "range",
      from: String(y),
      to: String(y + 1),
      approximate: false,
    })),
    fc
      .integer({ min: 2000, max: 2030 })
      .map((y): StoryDate => ({ kind: "point", at: String(y), approximate: false })),
  );

  it("orders as compareDates does, keeping the order of equal dates", () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 60 }), (dates) => {
        // Ids say where each was; the same date object twice tests the stability.
        const items = [...dates, ...dates].map((date, i) => ({ id: i, date }));
        const expected = [...items].sort((a, b) => compareDates(a.date, b.date) || a.id - b.id);
        expect(sortByDate(items).map((item) => item.id)).toEqual(expected.map((item) => item.id));
      }),
    );
  });
});
