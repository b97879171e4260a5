import { afterEach, describe, expect, it } from "vitest";
import { formatDatePoint, warmDateFormat } from "@/i18n/format-date.ts";

const Real = Intl.DateTimeFormat;
const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };
afterEach(() => {
  intl.DateTimeFormat = Real;
});

/** Counts the date formats made from now on, with the locale each is for. */
function countFormats() {
  const made: (string | undefined)[] = [];
  intl.DateTimeFormat = class extends Real {
    constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
      super(locale, options);
      made.push(locale);
    }
  } as typeof Intl.DateTimeFormat;
  return made;
}

describe("a language's long date format, made ahead", () => {
  it("is made once, so that dating a day later makes none", () => {
    const made = countFormats();
    warmDateFormat("en");
    expect(made).toEqual(["en-GB"]);
    expect(formatDatePoint("2025-11-21", "en")).toBe("21 November 2025");
    expect(made).toEqual(["en-GB"]);
  });
});
