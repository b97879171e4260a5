import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { editorialChecks } from "@/features/studio/model/editorial-checks.ts";
import type { LooseStory } from "@/features/studio/model/studio-problem.ts";
import { breakStory, MINIMAL_STORY } from "../../helpers/story-source.ts";

const data = (text: string) => parse(text) as LooseStory;

/** The checks as `path  message`, easy to read in a failure. */
const checksOf = (text: string, lang: "nb" | "en" = "en") =>
  editorialChecks(data(text), lang).map((c) => `${c.path.join(".")}  ${c.message}`);

describe("editorialChecks on the minimal story", () => {
  it("asks about the source, the unhedged titles and the exact day, in English", () => {
    expect(editorialChecks(data(MINIMAL_STORY), "en")).toEqual([
      {
        severity: "check",
        path: ["events", 1, "attribution"],
        line: 0,
        message: "Who reports this? The event names no source that reports it.",
      },
      {
        severity: "check",
        path: ["events", 0, "title", "nb"],
        line: 0,
        message:
          "The Norwegian title states as fact what is only unconfirmed. Does it need a hedge, such as “skal ha” or “ifølge …”?",
      },
      {
        severity: "check",
        path: ["events", 0, "title", "en"],
        line: 0,
        message:
          "The English title states as fact what is only unconfirmed. Does it need a hedge, such as “is said to” or “according to …”?",
      },
      {
        severity: "check",
        path: ["events", 0, "date"],
        line: 0,
        message:
          "Is the day confirmed by the source, or should the date be less precise? The event is unconfirmed.",
      },
    ]);
  });

  it("asks the same in Norwegian", () => {
    expect(checksOf(MINIMAL_STORY, "nb")).toEqual([
      "events.1.attribution  Hvem melder dette? Hendelsen oppgir ingen kilde som melder den.",
      "events.0.title.nb  Tittelen på bokmål sier som et faktum det som bare er ubekreftet. Trenger den et forbehold, som «skal ha» eller «ifølge …»?",
      "events.0.title.en  Tittelen på engelsk sier som et faktum det som bare er ubekreftet. Trenger den et forbehold, som «is said to» eller «according to …»?",
      "events.0.date  Er dagen bekreftet av kilden, eller bør datoen være mindre presis? Hendelsen er ubekreftet.",
    ]);
  });

  it("asks nothing once the titles are hedged, the day is a month and the source named", () => {
    const text = MINIMAL_STORY.replace("nb: Første", "nb: Første, ifølge byrået")
      .replace("en: First", "en: First, according to the agency")
      .replace("date: 2025-11-21", "date: 2025-11")
      .replace(
        "    status: confirmed\n",
        "    status: confirmed\n    attribution:\n      reportedBy:\n        - source: agency\n",
      );
    expect(checksOf(text)).toEqual([]);
  });
});

describe("editorialChecks asks", () => {
  const confirmed = (extra: string) =>
    breakStory("    status: confirmed\n", `    status: confirmed\n${extra}`);
  const withoutBaseline = (text: string) =>
    checksOf(text).filter((c) => !c.startsWith("events.0.") && c !== checksOf(MINIMAL_STORY)[0]);

  it("who reports an event that is not confirmed, when nobody is named", () => {
    const text = breakStory("      reportedBy:\n        - source: agency\n", "");
    expect(checksOf(text)[0]).toBe(
      "events.0.attribution.reportedBy  Who reports this? The event names no source that reports it.",
    );
  });

  it("who said a quote with no person, or with one not in people", () => {
    expect(
      withoutBaseline(confirmed("    quote:\n      text:\n        nb: Ja\n        en: Yes\n")),
    ).toEqual(["events.1.quote.by  Who said this? The quote is not tied to a person."]);
    expect(
      withoutBaseline(
        confirmed("    quote:\n      by: maduro\n      text:\n        nb: Ja\n        en: Yes\n"),
      ),
    ).toEqual([
      "events.1.quote.by  Who said this? The quote names “maduro”, who is not among the people.",
    ]);
  });

  it("what a picture shows and who made it, once per missing text", () => {
    const media =
      "    media:\n      url: https://example.org/a.jpg\n      alt:\n        nb: Et bilde\n";
    expect(withoutBaseline(confirmed(media))).toEqual([
      "events.1.media.alt.en  What does the picture show? Its description (alt text) in English is missing.",
      "events.1.media.credit  Who made the picture? Its credit is missing.",
    ]);
    const noAlt = "    media:\n      url: https://example.org/a.jpg\n      credit: AP\n";
    expect(withoutBaseline(confirmed(noAlt))).toEqual([
      "events.1.media.alt.nb  What does the picture show? Its description (alt text) in Norwegian is missing.",
      "events.1.media.alt.en  What does the picture show? Its description (alt text) in English is missing.",
    ]);
  });

  it("for a translation missing or empty anywhere", () => {
    const text = MINIMAL_STORY.replace("      en: Main story\n", "")
      .replace("nb: Avsnitt", 'nb: "  "')
      .replace("      en: The ministry\n", "      en:\n");
    expect(withoutBaseline(text)).toEqual([
      "threads.0.title.en  Missing translation: what should the English text say?",
      "sources.1.name.en  Missing translation: what should the English text say?",
      "explainers.0.body.0.nb  Missing translation: what should the Norwegian text say?",
    ]);
  });

  it("whether a viewpoint quote the same in both languages is translated", () => {
    const viewpoints = [
      "people:",
      "  - id: bye",
      "    name: Vegard Bye",
      "    title: { nb: Ekspert, en: Expert }",
      "viewpoints:",
      "  - id: same",
      "    person: bye",
      "    quotes:",
      '      - { nb: "No war, yes peace", en: "No war, yes peace" }',
      "      - { nb: Ja, en: Yes }",
      "  - id: claims-only",
      "    person: bye",
      "    quotes: []",
      "    claims:",
      "      - { nb: Han mener det, en: He believes so }",
      "",
    ].join("\n");
    expect(withoutBaseline(MINIMAL_STORY + viewpoints)).toEqual([
      "viewpoints.0.quotes.0.en  Is the English a translation? The quote is the same in Norwegian and English.",
    ]);
  });

  it("about any day-precise date of an event that is not confirmed, unless approximate", () => {
    const range = breakStory("date: 2025-11-21", "date: { from: 2025-11-29, to: 2025-11-30 }");
    expect(checksOf(range)).toContain(
      "events.0.date.from  Is the day confirmed by the source, or should the date be less precise? The event is unconfirmed.",
    );
    const approximate = breakStory(
      "date: 2025-11-21",
      "date: { on: 2025-11-21, approximate: true }",
    );
    expect(checksOf(approximate).filter((c) => c.includes(".date"))).toEqual([]);
    const year = breakStory("date: 2025-11-21", "date: 2025");
    expect(checksOf(year).filter((c) => c.includes(".date"))).toEqual([]);
  });
});

describe("editorialChecks on odd data", () => {
  it("reads anything without throwing", () => {
    expect(editorialChecks({}, "nb")).toEqual([]);
    expect(editorialChecks({ events: "none", people: 3, viewpoints: [null] }, "en")).toEqual([]);
    expect(editorialChecks({ events: [null, "x", 4] }, "en")).toEqual([]);
  });
});
