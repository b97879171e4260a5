import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAllowedHref, parseInline, type InlineToken } from "../../../src/story/inline-markup.ts";

/** The text a reader sees, without the markup. */
function plainText(tokens: readonly InlineToken[]): string {
  return tokens.map((t) => (t.type === "text" ? t.text : plainText(t.children))).join("");
}

describe("parseInline", () => {
  it("reads emphasis, strong text and links", () => {
    expect(parseInline("Se *nøye* på **dette** i [rapporten](https://example.org/r).")).toEqual([
      { type: "text", text: "Se " },
      { type: "em", children: [{ type: "text", text: "nøye" }] },
      { type: "text", text: " på " },
      { type: "strong", children: [{ type: "text", text: "dette" }] },
      { type: "text", text: " i " },
      {
        type: "link",
        href: "https://example.org/r",
        children: [{ type: "text", text: "rapporten" }],
      },
      { type: "text", text: "." },
    ]);
  });

  it("keeps a link to anything but http(s) or mailto as plain text", () => {
    for (const href of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "/relative",
      "vbscript:x",
    ]) {
      expect(parseInline(`[click](${href})`)).toEqual([{ type: "text", text: `[click](${href})` }]);
    }
  });

  it("leaves HTML as text", () => {
    expect(parseInline('<img src=x onerror="alert(1)">')).toEqual([
      { type: "text", text: '<img src=x onerror="alert(1)">' },
    ]);
  });

  it("never loses or adds characters outside the markup", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "<", ">", "&", '"', "'", "é") }),
        (text) => {
          expect(plainText(parseInline(text))).toBe(text);
        },
      ),
    );
  });
});

describe("isAllowedHref", () => {
  it("allows web and mail links only", () => {
    expect(isAllowedHref("https://example.org")).toBe(true);
    expect(isAllowedHref("mailto:tips@example.org")).toBe(true);
    expect(isAllowedHref("JaVaScRiPt:alert(1)")).toBe(false);
    expect(isAllowedHref(" javascript:alert(1)")).toBe(false);
  });
});
