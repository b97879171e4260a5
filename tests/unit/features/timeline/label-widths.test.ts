import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardWidth, MAX_CARD_WIDTH } from "@/features/timeline/label-widths.ts";

describe("cardWidth", () => {
  it("keeps the usual width for a title that fits two lines of it", () => {
    expect(
      cardWidth({ title: "Trump and Maduro are said to have spoken", date: "21 Nov 2025" }, 232),
    ).toBe(232);
  });

  it("widens a card for a long title, so it is not cut short", () => {
    const title = "Maduro's deadline to leave Venezuela, according to sources to Reuters";
    const width = cardWidth({ title, date: "28 Nov 2025", status: "unconfirmed" }, 232);
    expect(width).toBeGreaterThan(290);
    // Two lines of its inside hold the title at about 7 px a character, with a word to spare.
    expect(2 * (width - 18)).toBeGreaterThanOrEqual(7 * title.length + 60);
  });

  it("widens a card whose date and status word need more than the usual line", () => {
    const date = "The weekend after the deadline";
    expect(cardWidth({ title: "Short", date }, 232)).toBeGreaterThan(232);
    expect(cardWidth({ title: "Short", date: "2024", status: "unconfirmed" }, 232)).toBe(232);
  });

  it("is never narrower than the usual width nor wider than the most a card may take", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ maxLength: 40 }),
        fc.option(fc.string()),
        (title, date, status) => {
          const width = cardWidth({ title, date, status: status ?? undefined }, 232);
          expect(width).toBeGreaterThanOrEqual(232);
          expect(width).toBeLessThanOrEqual(MAX_CARD_WIDTH);
        },
      ),
    );
  });
});
