import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { isAllowedHref, parseInline, plainText } from "@/lib/inline-markup.ts";
import { createRichTextReader } from "@/story/authoring/rich-text.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { breakStory, problemsOf } from "../../helpers/story-source.ts";
import { styledText, type Styled } from "../../helpers/styled-text.ts";

const read = createRichTextReader();
const canonical = (source: string) => read(source).canonical;

/**
 * The oracle: markdown-it as it comes (CommonMark), allowed only our link protocols, rendering
 * HTML, and that HTML read back character by character. Independent of our tree, writer and
 * reader, so agreeing with it means the browser shows what CommonMark says the author wrote.
 */
const stock = new MarkdownIt("commonmark");
stock.validateLink = isAllowedHref;
const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : '"',
  );
function commonMarkStyledText(source: string): Styled[] {
  const html = stock.renderInline(source);
  const out: Styled[] = [];
  let em = 0;
  let strong = 0;
  let href = "";
  const tag = /<(\/?)(em|strong)>|<a href="([^"]*)"(?: title="[^"]*")?>|(<\/a>)|([^<]+)|(<)/g;
  for (const [, closing, style, open, close, text, other] of html.matchAll(tag)) {
    if (other !== undefined) throw new Error(`Unexpected HTML in ${html}`);
    if (style === "em") em += closing ? -1 : 1;
    else if (style === "strong") strong += closing ? -1 : 1;
    // Our writer percent-encodes parentheses too; markdown-it leaves them in.
    else if (open !== undefined) href = decode(open).replace(/\(/g, "%28").replace(/\)/g, "%29");
    else if (close !== undefined) href = "";
    else if (text !== undefined) {
      for (const char of decode(text)) out.push({ char, em: em > 0, strong: strong > 0, href });
    }
  }
  return out;
}

/**
 * Text made of `* [ ] ( ) \ _`, letters and spaces: stray characters mixed with pieces that
 * look like markup (`*…*`, `**…**`, `_…_`, `[…](…)`), so that most inputs hold real emphasis,
 * nesting and links as well as near misses, and not only noise.
 */
const stray = fc.constantFrom(..."*[]()\\_ ".split(""), "**", "__");
const words = fc.constantFrom("a", "b c", " ");
const url = fc.constantFrom(
  "https://e.org/",
  "https://e.org/Foo_(bar)",
  "https://e.org/a\\)b",
  "mailto:x@y.no",
  "relative",
  "",
);
const { markdown } = fc.letrec<{ markdown: string; piece: string }>((tie) => ({
  markdown: fc.array(tie("piece"), { maxLength: 5 }).map((pieces) => pieces.join("")),
  piece: fc.oneof(
    { depthSize: "small" },
    stray,
    words,
    words,
    tie("markdown").map((x) => `*${x}*`),
    tie("markdown").map((x) => `**${x}**`),
    tie("markdown").map((x) => `_${x}_`),
    fc.tuple(tie("markdown"), url).map(([label, href]) => `[${label}](${href})`),
  ),
}));

describe("reading rich text as CommonMark", () => {
  it("keeps a url with parentheses whole", () => {
    const source = "[x](https://en.wikipedia.org/wiki/Foo_(bar))";
    expect(canonical(source)).toBe("[x](https://en.wikipedia.org/wiki/Foo_%28bar%29)");
    expect(parseInline(canonical(source))).toEqual([
      {
        type: "link",
        href: "https://en.wikipedia.org/wiki/Foo_%28bar%29",
        children: [{ type: "text", text: "x" }],
      },
    ]);
  });

  it("nests emphasis in strong text", () => {
    expect(parseInline(canonical("**a *b* c**"))).toEqual([
      {
        type: "strong",
        children: [
          { type: "text", text: "a " },
          { type: "em", children: [{ type: "text", text: "b" }] },
          { type: "text", text: " c" },
        ],
      },
    ]);
  });

  it("leaves stars with spaces around them as text", () => {
    expect(canonical("2 * 3 * 4")).toBe("2 \\* 3 \\* 4");
    expect(parseInline(canonical("2 * 3 * 4"))).toEqual([{ type: "text", text: "2 * 3 * 4" }]);
  });

  it("keeps backslash escapes as the characters they escape", () => {
    const source = "\\*a\\* \\[b\\] \\(c\\) \\\\ d\\_e C:\\dir";
    expect(canonical(source)).toBe("\\*a\\* \\[b\\] (c) \\\\ d_e C:\\\\dir");
    expect(plainText(canonical(source))).toBe("*a* [b] (c) \\ d_e C:\\dir");
  });

  it("reads underscores as CommonMark does: emphasis around words, text inside them", () => {
    expect(canonical("_a_ and __b__")).toBe("*a* and **b**");
    expect(canonical("snake_case_name and __xss(1)")).toBe("snake_case_name and __xss(1)");
  });

  it("stores plain text exactly as written", () => {
    const unit = fc.constantFrom(..."aZæ 0.,:;()«»\"'-–?!&/é\n".split(""));
    fc.assert(
      fc.property(fc.string({ unit }), (source) => {
        expect(read(source)).toEqual({ canonical: source, unrendered: [] });
      }),
    );
  });

  it("shows what CommonMark would render, character by character", () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const tokens = parseInline(canonical(source));
        expect(styledText(tokens)).toEqual(commonMarkStyledText(source));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("markup that is not rendered", () => {
  it("is reported and kept as the text the author typed", () => {
    const cases = [
      ["See ![map](https://example.org/map.png).", "image", "![map](https://example.org/map.png)"],
      ["Run `rm *` now", "code", "`rm *`"],
      ["A <b>bold</b> claim", "html", "<b>"],
      ["Mail <tips@example.org>", "autolink", "<tips@example.org>"],
      ["Go to <https://example.org>", "autolink", "<https://example.org>"],
      ["[click](javascript:alert(1))", "address", "javascript:alert(1)"],
      ["[click](data:text/html,x)", "address", "data:text/html,x"],
      ["[see](/other-story)", "address", "/other-story"],
    ] as const;
    for (const [source, kind, found] of cases) {
      const result = read(source);
      expect(result.unrendered, source).toContainEqual({ kind, source: found });
      expect(plainText(result.canonical), source).toBe(source);
    }
  });

  it("is made an error for an image, naming the file, line and field", () => {
    const source = breakStory(
      "    status: confirmed\n",
      '    text:\n      nb: "Se ![kart](https://example.org/k.png)"\n      en: See the map\n    status: confirmed\n',
    );
    expect(problemsOf(source)).toEqual([
      "55 events[1].text.nb expected only *emphasis*, **strong** and [links](https://…), found an image (![kart](https://example.org/k.png)); it will show as plain text",
    ]);
    const result = validateStorySource(source, "data/stories/x/story.yaml");
    expect(result.story).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      file: "data/stories/x/story.yaml",
      line: 55,
      path: ["events", 1, "text", "nb"],
    });
  });

  it("is a warning, not an error, for an HTML tag or a javascript: link", () => {
    const source = breakStory(
      "    status: confirmed\n",
      '    text:\n      nb: "<b>Se</b> dette"\n      en: "[click](javascript:alert(1))"\n    status: confirmed\n',
    );
    const result = validateStorySource(source, "story.yaml");
    expect(result.problems).toEqual([]);
    expect(result.story?.events[1]?.text).toEqual({
      nb: "<b>Se</b> dette",
      en: "\\[click\\](javascript:alert(1))",
    });
    // The first event's unhedged title is warned about too (hedges.test.ts); only the markup here.
    const markup = result.warnings.filter((w) => w.path.includes("text"));
    expect(markup.map((w) => `${w.line} ${w.path.join(".")} ${w.message}`)).toEqual([
      "55 events.1.text.nb expected only *emphasis*, **strong** and [links](https://…), found an HTML tag (<b>); it will show as plain text",
      "55 events.1.text.nb expected only *emphasis*, **strong** and [links](https://…), found an HTML tag (</b>); it will show as plain text",
      '56 events.1.text.en expected links to http:, https: or mailto: addresses, found a link to "javascript:alert(1)"; it will show as plain text',
    ]);
  });
});

describe("validateStorySource", () => {
  it("returns rich-text fields in canonical form and leaves other fields alone", () => {
    const source = breakStory(
      "    title:\n      nb: Andre\n      en: Second\n    status: confirmed\n",
      '    title:\n      nb: Andre *2 * 3*\n      en: Second\n    text:\n      nb: 2 * 3 * 4\n      en: "**a *b* c** [x](https://en.wikipedia.org/wiki/Foo_(bar))"\n    status: confirmed\n',
    );
    const { story, problems, warnings } = validateStorySource(source, "story.yaml");
    expect([problems, warnings.filter((w) => !w.path.includes("title"))]).toEqual([[], []]);
    expect(story?.events[1]?.title.nb).toBe("Andre *2 * 3*");
    expect(story?.events[1]?.text).toEqual({
      nb: "2 \\* 3 \\* 4",
      en: "**a *b* c** [x](https://en.wikipedia.org/wiki/Foo_%28bar%29)",
    });
    expect(story?.explainers[0]?.body).toEqual([{ nb: "Avsnitt", en: "Paragraph" }]);
  });
});
