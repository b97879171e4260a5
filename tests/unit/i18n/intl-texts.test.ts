import { describe, expect, it } from "vitest";
import { formatDatePoint } from "@/i18n/format-date.ts";
import { intlText, recordIntlTexts, takeIntlTexts } from "@/i18n/intl-texts.ts";

describe("the texts Intl made", () => {
  it("a render's record holds every text it used, made then or before", () => {
    const before = formatDatePoint("2025-11-21", "en");
    const { result, texts } = recordIntlTexts(() => [
      formatDatePoint("2025-11-21", "en"),
      formatDatePoint("2018-02", "nb"),
    ]);
    expect(result).toEqual([before, "februar 2018"]);
    expect(texts).toEqual({
      "date|en|long|2025-11-21": "21 November 2025",
      "date|nb|long|2018-02": "februar 2018",
    });
    // A record nested in another is also the outer one's.
    const outer = recordIntlTexts(() => recordIntlTexts(() => formatDatePoint("2014", "nb")));
    expect(outer.texts).toEqual({ "date|nb|long|2014": "2014" });
  });

  it("a page's texts are used instead of formatting again, and never replace one already made", () => {
    takeIntlTexts({
      "date|en|long|1999-01-02": "the server's words",
      "date|en|long|2025-11-21": "x",
    });
    expect(formatDatePoint("1999-01-02", "en")).toBe("the server's words");
    expect(formatDatePoint("2025-11-21", "en")).toBe("21 November 2025");
  });

  it("ignores what is not a map of texts, and still formats", () => {
    for (const junk of [null, undefined, "x", 3, ["a"], { "date|en|long|1998": 5 }]) {
      takeIntlTexts(junk);
    }
    expect(formatDatePoint("1998", "en")).toBe("1998");
    expect(intlText("kind|en|made-once", () => "first")).toBe("first");
    expect(intlText("kind|en|made-once", () => "second")).toBe("first");
  });
});
