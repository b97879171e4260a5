import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  endOfPoint,
  mustParseDatePoint,
  parseDatePoint,
  startOfPoint,
  utcDay,
} from "@/lib/date-point.ts";
import { formatDatePoint } from "@/i18n/format-date.ts";

describe("parseDatePoint", () => {
  it("reads a day, a month and a year at their precision", () => {
    expect(parseDatePoint("2025-11-21")).toEqual({
      year: 2025,
      month: 11,
      day: 21,
      precision: "day",
    });
    expect(parseDatePoint("2018-02")).toEqual({ year: 2018, month: 2, precision: "month" });
    expect(parseDatePoint("2024")).toEqual({ year: 2024, precision: "year" });
  });

  it("rejects dates that do not exist", () => {
    expect(parseDatePoint("2025-02-30")).toBeUndefined();
    expect(parseDatePoint("2025-02-29")).toBeUndefined();
    expect(parseDatePoint("2025-13")).toBeUndefined();
    expect(parseDatePoint("2025-00-10")).toBeUndefined();
    expect(parseDatePoint("2025-04-31")).toBeUndefined();
  });

  it("accepts the 29th of February in a leap year", () => {
    expect(parseDatePoint("2024-02-29")?.day).toBe(29);
  });

  it("rejects other shapes", () => {
    for (const value of [
      "21.11.2025",
      "2025/11/21",
      "25-11-21",
      "2025-1-2",
      "",
      "2025-11-21T10:00",
    ]) {
      expect(parseDatePoint(value)).toBeUndefined();
    }
  });

  it("gives the start and the end of each precision in UTC", () => {
    const day = parseDatePoint("2025-11-21")!;
    expect(new Date(startOfPoint(day)).toISOString()).toBe("2025-11-21T00:00:00.000Z");
    expect(new Date(endOfPoint(day)).toISOString()).toBe("2025-11-22T00:00:00.000Z");
    const month = parseDatePoint("2018-02")!;
    expect(new Date(endOfPoint(month)).toISOString()).toBe("2018-03-01T00:00:00.000Z");
    const year = parseDatePoint("2024")!;
    expect(new Date(endOfPoint(year)).toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("round-trips every real calendar day and keeps start before end", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const parts = parseDatePoint(iso);
          expect(parts).toBeDefined();
          expect(new Date(startOfPoint(parts!)).toISOString().slice(0, 10)).toBe(iso);
          expect(endOfPoint(parts!)).toBeGreaterThan(startOfPoint(parts!));
        },
      ),
    );
  });
});

describe("years before 100", () => {
  it("are the years they say, not 1900–1999", () => {
    expect(new Date(startOfPoint(mustParseDatePoint("0099-05-05"))).getUTCFullYear()).toBe(99);
    expect(new Date(startOfPoint(mustParseDatePoint("0001"))).getUTCFullYear()).toBe(1);
    expect(new Date(endOfPoint(mustParseDatePoint("0099"))).getUTCFullYear()).toBe(100);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
  });

  it("are formatted as those years", () => {
    expect(formatDatePoint("0099-05-05", "nb")).toBe("5. mai 99");
  });
});

describe("the calendar's arithmetic", () => {
  /** What Date itself says, for any year: the slow way, as the code once did it. */
  const dateSays = (year: number, monthIndex: number, day: number) => {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime();
  };

  it("counts a month's days and a day's instant as Date does, in any year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -40, max: 40 }),
        (year, month, day) => {
          expect(daysInMonth(year, month)).toBe(new Date(dateSays(year, month, 0)).getUTCDate());
          // Days and months beyond the month's own run on into the next (or back), as in Date.
          expect(utcDay(year, month - 1, day)).toBe(dateSays(year, month - 1, day));
          expect(utcDay(year, month - 4, day)).toBe(dateSays(year, month - 4, day));
        },
      ),
    );
  });
});
