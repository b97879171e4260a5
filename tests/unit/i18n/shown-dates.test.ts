// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderStoryDocument } from "@/app/entry-server.tsx";
import { recordIntlTexts } from "@/i18n/intl-texts.ts";
import { shownDates, withoutShownDates } from "@/i18n/shown-dates.ts";
import { loadBundledStory } from "../../helpers/bundled-story.ts";

const TEMPLATE = `<!doctype html><html lang="xx"><head><!--app-head--></head><body><div id="root"><!--app-html--></div><!--app-data--></body></html>`;
const story = loadBundledStory();

describe("the dates a page's <time> elements show", () => {
  it("the server leaves out only what every <time> of that date shows, word for word", () => {
    const texts = {
      "date|nb|long|2025-11-21": "21. november 2025",
      "date|nb|long|2024": "2024",
      "date|nb|long|2018-02": "februar 2018",
      "date|nb|short|2025-11-21": "21. nov. 2025",
      "duration|nb|year|4": "4 år",
      "date|nb|long|2014": "2014",
    };
    const html =
      '<time dateTime="2025-11-21">21. november 2025</time>' +
      // Two <time>s of one date that say different things: the text stays in the script.
      '<time dateTime="2024">2024</time><time dateTime="2024">i 2024</time>' +
      '<time dateTime="2018-02"><b>februar</b> 2018</time>' +
      '<time dateTime="2014-01-01T09:00:00+01:00">2014</time>';
    expect(withoutShownDates(texts, html, "nb")).toEqual({
      "date|nb|long|2024": "2024",
      "date|nb|long|2018-02": "februar 2018",
      "date|nb|short|2025-11-21": "21. nov. 2025",
      "duration|nb|year|4": "4 år",
      "date|nb|long|2014": "2014",
    });
  });

  it("the browser reads the same dates back, in the page's language", () => {
    document.body.innerHTML =
      '<time datetime="2025-11-21">21 November 2025</time><time datetime="2025-11-21">21 November 2025</time>' +
      '<time datetime="2024">2024</time><time datetime="2024">in 2024</time>' +
      '<time datetime="2018-02"><b>February</b> 2018</time>' +
      '<time datetime="2025-12-03T09:00:00+01:00">3 Dec 2025</time><time datetime="2017"></time>';
    expect(shownDates(document, "en")).toEqual({ "date|en|long|2025-11-21": "21 November 2025" });
  });

  for (const [name, options] of [
    ["the story's page", { lang: "nb" as const }],
    ["the English page", { lang: "en" as const }],
    ["an event's page", { lang: "nb" as const, event: "bounties-offered" }],
    ["the embed", { lang: "nb" as const, view: "embed" as const }],
  ] as const) {
    it(`${name}: its script and its <time> elements give the browser every text its render used`, () => {
      const { result: page, texts: used } = recordIntlTexts(() =>
        renderStoryDocument(TEMPLATE, story, options),
      );
      const dom = new DOMParser().parseFromString(page, "text/html");
      const brought = JSON.parse(dom.getElementById("intl-texts")!.textContent!) as object;
      expect({ ...brought, ...shownDates(dom.getElementById("root")!, options.lang) }).toEqual(
        used,
      );
      expect(Object.keys(used).length).toBeGreaterThan(5);
    });
  }
});
