import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAllowedHref, parseInline, plainText, type InlineToken } from "@/lib/inline-markup.ts";
import { writeInline } from "@/lib/inline-markup-writer.ts";
import { styledText, type Styled } from "../../helpers/styled-text.ts";

/** The text a reader sees, without the markup. */
function textOf(tokens: readonly InlineToken[]): string {
  return tokens.map((t) => (t.type === "text" ? t.text : textOf(t.children))).join("");
}

const text = (value: string): InlineToken => ({ type: "text", text: value });

describe("parseInline", () => {
  it("reads emphasis, strong text and links", () => {
    expect(parseInline("Se *nøye* på **dette** i [rapporten](https://example.org/r).")).toEqual([
      text("Se "),
      { type: "em", children: [text("nøye")] },
      text(" på "),
      { type: "strong", children: [text("dette")] },
      text(" i "),
      { type: "link", href: "https://example.org/r", children: [text("rapporten")] },
      text("."),
    ]);
  });

  it("reads backslash escapes as the characters themselves", () => {
    expect(parseInline("2 \\* 3 \\* 4, \\[a\\]\\(b\\) and C:\\\\dir, \\x")).toEqual([
      text("2 * 3 * 4, [a](b) and C:\\dir, \\x"),
    ]);
  });

  it("leaves parentheses outside a link as text", () => {
    expect(parseInline("The court (ICC) said (so).")).toEqual([text("The court (ICC) said (so).")]);
  });

  it("nests strong and emphasis", () => {
    expect(parseInline("**a *b* c**")).toEqual([
      { type: "strong", children: [text("a "), { type: "em", children: [text("b")] }, text(" c")] },
    ]);
    expect(parseInline("***x***")).toEqual([
      { type: "strong", children: [{ type: "em", children: [text("x")] }] },
    ]);
  });

  it("reads a run of stars as the one change of style it can mean", () => {
    // strong+em, then (close em, close strong, open em) = 4 stars, then close em.
    expect(parseInline("***a**** b*")).toEqual([
      { type: "strong", children: [{ type: "em", children: [text("a")] }] },
      { type: "em", children: [text(" b")] },
    ]);
  });

  it("reads a link whose url has percent-encoded parentheses, with markup in the label", () => {
    expect(parseInline("[*Foo* (bar)](https://en.wikipedia.org/wiki/Foo_%28bar%29)")).toEqual([
      {
        type: "link",
        href: "https://en.wikipedia.org/wiki/Foo_%28bar%29",
        children: [{ type: "em", children: [text("Foo")] }, text(" (bar)")],
      },
    ]);
  });

  it("keeps a link to anything but http(s) or mailto as plain text", () => {
    for (const href of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "/relative",
      "vbscript:x",
    ]) {
      expect(parseInline(`[click](${href})`)).toEqual([text(`[click](${href})`)]);
    }
  });

  it("gives back markup that is never closed as text", () => {
    expect(parseInline("*a")).toEqual([text("*a")]);
    expect(parseInline("**a*")).toEqual([text("**a*")]);
    expect(parseInline("[a *b")).toEqual([text("[a *b")]);
    expect(parseInline("[a](https://x.org")).toEqual([text("[a](https://x.org")]);
    expect(parseInline("a]b")).toEqual([text("a]b")]);
    expect(parseInline("[[a](https://x.org)")).toEqual([
      { type: "link", href: "https://x.org", children: [text("[a")] },
    ]);
  });

  it("leaves HTML as text", () => {
    expect(parseInline('<img src=x onerror="alert(1)">')).toEqual([
      text('<img src=x onerror="alert(1)">'),
    ]);
  });

  it("never loses or adds characters of text without markup", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "<", ">", "&", '"', "'", "é", "(", ")") }),
        (value) => {
          expect(textOf(parseInline(value))).toBe(value);
        },
      ),
    );
  });

  it("reads any string without throwing, never giving more text than it was given", () => {
    const unit = fc.constantFrom(
      ..."*[]()\\_ ab".split(""),
      "https://x.org/",
      "mailto:a@b.no",
      "](",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (value) => {
        expect(textOf(parseInline(value)).length).toBeLessThanOrEqual(value.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes linear time on pathological input", () => {
    const inputs = [
      "[a](".repeat(40_000),
      "*".repeat(100_000),
      "*a ".repeat(40_000),
      "**a *b ".repeat(20_000),
      "[".repeat(100_000),
      "\\".repeat(100_001),
      "[a](https://x.org/".repeat(10_000),
      `[a](${"x".repeat(100_000)}`,
      "[a]](".repeat(30_000),
    ];
    for (const input of inputs) {
      const start = performance.now();
      const tokens = parseInline(input);
      expect(performance.now() - start, input.slice(0, 20)).toBeLessThan(500);
      expect(textOf(tokens).length).toBeLessThanOrEqual(input.length);
    }
  });
});

describe("plainText", () => {
  it("is the words without the markup", () => {
    expect(plainText("Se *nøye* på **[dette](https://e.org)**, 2 \\* 3.")).toBe(
      "Se nøye på dette, 2 * 3.",
    );
  });
});

/** Token trees of text, styles and links, links inside links and links to nowhere included. */
const HREFS = [
  "https://example.org/a",
  "https://en.wikipedia.org/wiki/Foo_(bar)",
  "https://example.org/a b\\c[d]",
  "mailto:tips@example.org",
  "",
  "javascript:alert(1)",
];
const plain = fc.string({ unit: fc.constantFrom(..."ab *[]()\\_".split("")) }).map(text);
const { tree } = fc.letrec<{ tree: InlineToken[]; node: InlineToken }>((tie) => ({
  tree: fc.array(tie("node"), { maxLength: 4 }),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    plain,
    tie("tree").map((children): InlineToken => ({ type: "em", children })),
    tie("tree").map((children): InlineToken => ({ type: "strong", children })),
    fc
      .tuple(fc.constantFrom(...HREFS), tie("tree"))
      .map(([href, children]): InlineToken => ({ type: "link", href, children })),
  ),
}));

const encoded = (href: string) =>
  href.replace(/[()[\]\\\s]/g, (c) =>
    c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c),
  );

/** The styled text a tree means: a link counts if it is allowed and not inside another. */
function meant(tokens: readonly InlineToken[], em = false, strong = false, href = ""): Styled[] {
  return tokens.flatMap((t) => {
    if (t.type === "text") return [...t.text].map((char) => ({ char, em, strong, href }));
    if (t.type === "em") return meant(t.children, true, strong, href);
    if (t.type === "strong") return meant(t.children, em, true, href);
    const own = encoded(t.href);
    return meant(t.children, em, strong, href === "" && isAllowedHref(own) ? own : href);
  });
}

describe("writeInline", () => {
  it("writes plain text as itself, parentheses included", () => {
    expect(writeInline([text("The court (ICC) said so.")])).toBe("The court (ICC) said so.");
  });

  it("escapes backslashes, stars and brackets, and encodes what would end a url", () => {
    expect(
      writeInline([
        text("2 * 3 [x] \\ "),
        { type: "link", href: "https://en.wikipedia.org/wiki/Foo_(bar)", children: [text("a")] },
      ]),
    ).toBe("2 \\* 3 \\[x\\] \\\\ [a](https://en.wikipedia.org/wiki/Foo_%28bar%29)");
  });

  it("is read back by parseInline as the same styled text", () => {
    fc.assert(
      fc.property(tree, (tokens) => {
        expect(styledText(parseInline(writeInline(tokens)))).toEqual(meant(tokens));
      }),
      { numRuns: 2000 },
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
