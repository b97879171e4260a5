import { describe, expect, it } from "vitest";
import { parseCsv } from "@/story/authoring/timelinejs/csv.ts";
import { importTimelineJs } from "@/story/authoring/timelinejs/import-timelinejs.ts";
import { convertTimelineJs } from "@/story/authoring/timelinejs/timelinejs.ts";
import { textOf } from "./helpers.ts";

describe("parseCsv (csv-parse)", () => {
  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    expect(parseCsv('a,"b, ""c""",d\r\n"line\nbreak",,\n')).toEqual([
      ["a", 'b, "c"', "d"],
      ["line\nbreak", "", ""],
    ]);
  });

  it("drops the byte order mark a spreadsheet export starts with, and blank rows", () => {
    expect(parseCsv('\uFEFFYear,Headline\r\n,\r\n2024,"Valg\r\ndag"\r\n')).toEqual([
      ["Year", "Headline"],
      ["2024", "Valg\r\ndag"],
    ]);
  });

  it("says what is wrong with a sheet it cannot read, instead of crashing", () => {
    const unclosed = importTimelineJs('Year,Headline\n2024,"Valget\n', "csv");
    expect(unclosed).toEqual({
      ok: false,
      message: expect.stringMatching(/^not a TimelineJS sheet \(Quote Not Closed/),
    });
    const other = importTimelineJs("Name,Phone\nOla,123\n", "csv");
    expect(other).toEqual({
      ok: false,
      message: expect.stringContaining("header row (Year, Month, Day"),
    });
  });
});

describe("HTML to story text (htmlparser2, entities)", () => {
  it("decodes the named entities a Norwegian newsroom uses", () => {
    expect(
      textOf(
        "Bj&oslash;rn p&aring; &AElig;r&oslash;, &Oslash;ystese og &Aring;l &aelig;&nbsp;&laquo;ja&raquo; &ndash; &hellip;",
      ),
    ).toEqual({
      nb: "Bjørn på Ærø, Øystese og Ål æ «ja» – …",
    });
  });

  it("turns out-of-range and null character references into a replacement character", () => {
    expect(textOf("a&#x110000;b &#0;c &#1;d")).toEqual({ nb: "a\uFFFDb \uFFFDc d" });
    expect(convertTimelineJs({ events: [{ text: { headline: "&#x110000;" } }] }).todo[0]).toBe(
      'Slide 1 ("\uFFFD") has no date and was left out.',
    );
  });

  it("reads attribute values whole, even with > and & in them", () => {
    expect(textOf('<a href="https://x.org/?a=1&b=2" title="a > b">x</a> etter')).toEqual({
      nb: "[x](https://x.org/?a=1&b=2) etter",
    });
    expect(textOf('<a title="&lt;b&gt;" href="https://x.org/?a=1&amp;not=2">x</a>')).toEqual({
      nb: "[x](https://x.org/?a=1&not=2)",
    });
  });

  it("drops script and style content, and reads breaks and paragraphs as spaces", () => {
    expect(
      textOf(
        "<style>p { color: red }</style>En<br>to<br/>tre</p><p>fire<script>alert('x')</script>",
      ),
    ).toEqual({
      nb: "En to tre fire",
    });
  });

  it("escapes characters that would otherwise read as markup", () => {
    expect(textOf("5 * 3 = 15 [sic] (ca.) C:\\mappe")).toEqual({
      nb: "5 \\* 3 = 15 \\[sic\\] \\(ca.\\) C:\\\\mappe",
    });
    expect(textOf("<em>*</em>")).toEqual({ nb: "*\\**" });
  });

  it("links only to http(s) and e-mail addresses, keeping the text of other links", () => {
    expect(
      textOf(
        '<a href="mailto:tips@avisa.no">tips</a>, <a href="http://x.org/a">http</a>, <a href="data:text/html,x">data</a>, <a href="/relativ">relativ</a>, <a href="javascript:alert(1)">js</a>',
      ),
    ).toEqual({ nb: "[tips](mailto:tips@avisa.no), [http](http://x.org/a), data, relativ, js" });
    // Parentheses in a URL would end the link early: they are percent-encoded.
    expect(textOf('<a href="https://no.wikipedia.org/wiki/Bergen_(by)">Bergen</a>')).toEqual({
      nb: "[Bergen](https://no.wikipedia.org/wiki/Bergen_%28by%29)",
    });
  });

  it("keeps emphasis and links our markup can write, and only their text inside each other", () => {
    expect(textOf("<b><i>begge</i></b>, <em> tom </em>ord, <em></em>ingen, <i>åpen")).toEqual({
      nb: "**begge**, *tom* ord, ingen, *åpen*",
    });
    expect(textOf("<constructor>a</constructor> b")).toEqual({ nb: "a b" });
  });

  it("converts 120,000 unclosed links in linear time", () => {
    const hostile = '<a href="https://x.org">'.repeat(120_000) + "tekst";
    const started = performance.now();
    expect(textOf(hostile)).toEqual({ nb: "[tekst](https://x.org/)" });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
