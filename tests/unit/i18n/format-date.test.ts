import { describe, expect, it } from "vitest";
import {
  formatDatePoint,
  formatDateRange,
  formatDayRange,
  formatDateTime,
  formatStoryDate,
} from "@/i18n/format-date.ts";

describe("formatDatePoint", () => {
  it("formats each precision in Norwegian and English", () => {
    expect(formatDatePoint("2025-11-21", "nb")).toBe("21. november 2025");
    expect(formatDatePoint("2025-11-21", "en")).toBe("21 November 2025");
    expect(formatDatePoint("2018-02", "nb")).toBe("februar 2018");
    expect(formatDatePoint("2018-02", "en")).toBe("February 2018");
    expect(formatDatePoint("2024", "nb")).toBe("2024");
  });

  it("never shifts a date across midnight, whatever the machine's time zone", () => {
    expect(formatDatePoint("2025-01-01", "en")).toBe("1 January 2025");
  });
});

describe("formatDateRange", () => {
  it("collapses what the two ends share", () => {
    expect(formatDateRange("2014", "2017", "nb")).toBe("2014–2017");
    expect(formatDateRange("2025-11-29", "2025-11-30", "nb")).toBe("29.–30. november 2025");
    // ICU puts thin spaces around the dash in English.
    expect(formatDateRange("2025-11-29", "2025-11-30", "en").replace(/\s/g, " ")).toBe(
      "29 – 30 November 2025",
    );
  });

  it("joins ends of different precision with a dash", () => {
    expect(formatDateRange("2024", "2025-02", "en")).toBe("2024–February 2025");
  });
});

describe("formatStoryDate", () => {
  it("prefers the author's label", () => {
    expect(
      formatStoryDate(
        {
          kind: "recent",
          within: "months",
          asOf: "2025-12-03",
          label: { nb: "De siste månedene", en: "In recent months" },
        },
        "en",
      ),
    ).toBe("In recent months");
  });

  it("formats a point without a label", () => {
    expect(formatStoryDate({ kind: "point", at: "2025-09-02", approximate: false }, "nb")).toBe(
      "2. september 2025",
    );
  });
});

describe("formatDateTime", () => {
  it("shows a time in the story's time zone", () => {
    expect(formatDateTime("2025-12-03T09:00:00+01:00", "nb", "Europe/Oslo")).toBe(
      "3. desember 2025 kl. 09:00",
    );
    expect(formatDateTime("2025-12-03T09:00:00+01:00", "en", "Europe/Oslo")).toBe(
      "3 December 2025 at 09:00",
    );
    expect(formatDateTime("2025-12-03T09:00:00+01:00", "nb", "Europe/Oslo", "medium")).toBe(
      "3. des. 2025, 09:00",
    );
  });
});

describe("formatDayRange", () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  it("says from which day to which, short, the year once", () => {
    expect(formatDayRange(day("2025-11-21"), day("2025-12-01"), "nb")).toBe(
      "21. nov.–1. des. 2025",
    );
    expect(formatDayRange(day("2025-11-21"), day("2025-12-01"), "en").replace(/\s/g, " ")).toBe(
      "21 Nov – 1 Dec 2025",
    );
  });

  it("gives one day when both ends are in it, and both years when they differ", () => {
    expect(formatDayRange(day("2025-11-21"), day("2025-11-21") + 3_600_000, "nb")).toBe(
      "21. nov. 2025",
    );
    expect(formatDayRange(day("2024-12-30"), day("2025-01-02"), "en").replace(/\s/g, " ")).toBe(
      "30 Dec 2024 – 2 Jan 2025",
    );
  });
});
