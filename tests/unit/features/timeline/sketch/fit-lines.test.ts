import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ellipsize, fitLines } from "@/features/timeline/sketch/fit-lines.ts";

/** A font of 7 px a character, as a canvas would measure it. */
const measure = (text: string) => text.length * 7;

describe("ellipsize", () => {
  it("keeps what fits and cuts the rest to end in …", () => {
    expect(ellipsize("Caracas", 70, measure)).toBe("Caracas");
    expect(ellipsize("Presidentpalasset", 70, measure)).toBe("President…");
    // A space before the cut is not kept: "Trump og…", not "Trump og …".
    expect(ellipsize("Trump og Maduro", 70, measure)).toBe("Trump og…");
  });
});

describe("fitLines", () => {
  it("wraps a title at spaces into lines no wider than the card", () => {
    expect(fitLines("Helgen etter fristen", 126, 2, measure)).toEqual(["Helgen etter", "fristen"]);
  });

  it("ends the last line in … when the title goes on past it, as -webkit-line-clamp does", () => {
    const lines = fitLines("Maduro trosser fristen og danser i Caracas", 140, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("Maduro trosser");
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(fitLines("Helgen etter fristen", 126, 2, measure)).toEqual(["Helgen etter", "fristen"]);
  });

  it("cuts a word longer than a line", () => {
    expect(fitLines("Venezuela-krisen fortsetter", 70, 2, measure)).toEqual([
      "Venezuela…",
      "fortsetter",
    ]);
  });

  const words = fc.array(fc.stringMatching(/^[a-zæøå]{1,14}$/), { minLength: 1, maxLength: 12 });

  it("never draws a line wider than the card, nor more lines than asked", () => {
    fc.assert(
      fc.property(
        words,
        fc.integer({ min: 14, max: 300 }),
        fc.integer({ min: 1, max: 3 }),
        (w, width, max) => {
          const lines = fitLines(w.join(" "), width, max, measure);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it("shows the whole title, word for word, when it fits, and says … when it does not", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 100, max: 300 }), (w, width) => {
        const text = w.join(" ");
        const lines = fitLines(text, width, 3, measure);
        const shown = lines.join(" ");
        if (shown.includes("…")) expect(lines.at(-1)!.endsWith("…")).toBe(true);
        else expect(shown).toBe(text);
      }),
    );
  });
});
