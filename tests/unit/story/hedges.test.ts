import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { isHedged, unhedgedTitles } from "@/story/authoring/hedges.ts";
import { formatPath } from "@/story/authoring/problem.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";

const BUNDLED = readFileSync(
  join(import.meta.dirname, "../../../data/stories/maduro-usa-2025/story.yaml"),
  "utf8",
);

describe("isHedged", () => {
  it("finds the Norwegian hedges, in any case", () => {
    const hedged = [
      "Trump og Maduro skal ha snakket sammen",
      "Han skal være syk",
      "Ifølge Reuters: en samtale",
      "Angivelig en avtale",
      "Påstått samtale",
      "Påståtte forbrytelser under Maduros styre",
      "USA hevder at båtene fraktet narkotika",
      "Eksperter mener invasjon er lite sannsynlig",
      "Kilder: Maduro tilbød å gå av",
      "Maduro tilbød å gå av, sier kilder",
      "Departementet opplyser at ingen døde",
      "Reuters melder om en samtale",
      "AP rapporterer om nye angrep",
      "Putin skal truet Zelenskyj",
      "Trolig en ny frist",
      "Han kan ha reist",
      "IFØLGE AP",
    ];
    expect(hedged.filter((title) => !isHedged(title, "nb"))).toEqual([]);
  });

  it("does not take other words for Norwegian hedges", () => {
    const plain = [
      "Fristen for Maduro om å forlate Venezuela",
      "To overlevende drept i et nytt angrep",
      "Trump skal møte Maduro",
      "Hun skal med",
      "Kildene ble avslørt",
      "Menerne samlet seg",
      "Ifølgeskjemaet",
      "Skalha",
    ];
    expect(plain.filter((title) => isHedged(title, "nb"))).toEqual([]);
  });

  it("finds the English hedges, as whole words", () => {
    const hedged = [
      "Hegseth is said to have ordered that no one survive",
      "Trump and Maduro are said to have spoken",
      "Maduro reportedly offered to step down",
      "Maduro allegedly leads a cartel",
      "Alleged crimes under Maduro's rule",
      "According to Reuters, a call",
      "The US claims the boats carried drugs",
      "A claim of a call",
      "Sources say Maduro offered to go",
      "Maduro offered to go, say sources",
      "Reports: a call took place",
      "Maduro may have offered to go",
      "Maduro is believed to have left",
      "Venezuela denies the accusation",
      "A disputed deadline",
      "Maduro  IS   SAID  TO  have left",
    ];
    expect(hedged.filter((title) => !isHedged(title, "en"))).toEqual([]);
  });

  it("does not take other words for English hedges", () => {
    const plain = [
      "Maduro's deadline to leave Venezuela",
      "Two survivors killed in a second strike",
      "The US reclaims its embassy",
      "Reporters gather in Caracas",
      "Undisputed facts",
      "He said to them",
    ];
    expect(plain.filter((title) => isHedged(title, "en"))).toEqual([]);
  });
});

describe("unhedgedTitles", () => {
  it("lists the bundled story's unhedged titles of reported and unconfirmed events", () => {
    expect(unhedgedTitles(parse(BUNDLED))).toEqual([]);
  });

  it("checks disputed events, not confirmed or denied ones", () => {
    const event = (status: string) => ({ status, title: { nb: "Angrep", en: "A strike" } });
    const data = { events: [event("confirmed"), event("denied"), event("disputed")] };
    expect(unhedgedTitles(data).map((t) => t.path)).toEqual([
      ["events", 2, "title", "nb"],
      ["events", 2, "title", "en"],
    ]);
  });

  it("reads anything without throwing", () => {
    expect(unhedgedTitles(null)).toEqual([]);
    expect(unhedgedTitles({ events: "none" })).toEqual([]);
    const odd = [
      null,
      3,
      { status: "reported" },
      { status: "reported", title: { nb: 7, en: " " } },
    ];
    expect(unhedgedTitles({ events: odd })).toEqual([]);
  });
});

describe("validateStorySource warns about unhedged titles", () => {
  it("on the bundled story, at each title's line, and the story still builds", () => {
    const result = validateStorySource(BUNDLED, "story.yaml");
    expect(result.problems).toEqual([]);
    expect(result.story).toBeDefined();
    expect(result.warnings.map((w) => `${w.line} ${formatPath(w.path)}`)).toEqual([]);
  });

  it("on the minimal fixture, which still validates without errors", () => {
    const result = validateStorySource(MINIMAL_STORY, "story.yaml");
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => `${w.line} ${formatPath(w.path)}`)).toEqual([
      "38 events[0].title.nb",
      "39 events[0].title.en",
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'this unconfirmed event\'s title states as fact what is only claimed; consider a hedge such as "skal ha" or "ifølge …"',
      'this unconfirmed event\'s title states as fact what is only claimed; consider a hedge such as "is said to" or "according to …"',
    ]);
  });

  it("not when the story has errors (those come first)", () => {
    const broken = MINIMAL_STORY.replace("date: 2025-11-21", "date: 2025-02-30");
    expect(validateStorySource(broken, "story.yaml").warnings).toEqual([]);
  });
});
