import { describe, expect, it } from "vitest";
import problemsEn from "@/features/studio/i18n/problems.en.json";
import problemsNb from "@/features/studio/i18n/problems.nb.json";
import { analyzeStory } from "@/features/studio/model/analyze.ts";
import { formatPath } from "@/story/authoring/problem.ts";
import {
  PROBLEM_MESSAGES_EN,
  PROBLEM_TEMPLATE_KEYS,
  PROBLEM_WORDS_EN,
} from "@/story/authoring/problem-messages.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { breakStory } from "../../helpers/story-source.ts";

const FILES: Record<"nb" | "en", Record<string, string>> = { nb: problemsNb, en: problemsEn };

/** `{name}` placeholders of a template, sorted. */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The errors and warnings the studio lists, as `path  message`. */
const said = (text: string, lang: "nb" | "en") =>
  analyzeStory(text, "story", lang)
    .problems.filter((p) => p.severity !== "check")
    .map((p) => `${formatPath(p.path)}  ${p.message}`);

describe("the studio's templates for the validator's problems", () => {
  it.each(["nb", "en"] as const)("has every code and word in %s, and nothing else", (lang) => {
    const expected = PROBLEM_TEMPLATE_KEYS.map((key) => `problem_${key}`).sort();
    expect(Object.keys(FILES[lang]).sort()).toEqual(expected);
  });

  it("fills the same placeholders in Norwegian as in English", () => {
    for (const key of Object.keys(problemsEn)) {
      expect([key, ...placeholders(FILES.nb[key] ?? "")]).toEqual([
        key,
        ...placeholders(FILES.en[key] ?? ""),
      ]);
    }
  });

  it("says in English exactly what npm run validate prints", () => {
    const english: Record<string, string> = { ...PROBLEM_MESSAGES_EN, ...PROBLEM_WORDS_EN };
    for (const key of PROBLEM_TEMPLATE_KEYS) {
      expect(FILES.en[`problem_${key}`]).toBe(english[key]);
    }
  });
});

describe("problems in the studio's language", () => {
  const cases = [
    breakStory("date: 2025-11-21", "date: 2025-02-30"),
    breakStory("  - id: ministry", "  - id: agency"),
    breakStory("      en: First", "      enn: First"),
    breakStory("date: 2025-11-21", "date: [1]"),
    breakStory("    status: unconfirmed", "    status: maybe"),
  ];

  it("reads as plain Bokmål in nb, with found values and paths as written", () => {
    expect(cases.flatMap((text) => said(text, "nb"))).toEqual([
      "events[0].date  ventet en dato som finnes i kalenderen, fant «2025-02-30»",
      "sources[1].id  ventet en unik id, fant «agency» igjen (først brukt i sources[0])",
      "events[0].attribution.notConfirmedBy[0]  ventet id-en til en oppføring i sources, fant «ministry», som ikke finnes der",
      "events[0].title.en  mangler oversettelse: ventet tekst på engelsk (en), fant ingenting",
      "events[0].title.enn  ventet ikke noe felt som heter «enn» her; sjekk stavemåten eller hvor langt det er rykket inn",
      "events[0].date  ventet tekst, fant en liste",
      "events[0].status  ventet en av confirmed, reported, unconfirmed, disputed, denied, fant «maybe»",
    ]);
  });

  it("says a warning in nb too: markup that shows as text", () => {
    const text = breakStory(
      "    status: unconfirmed",
      "    status: confirmed\n    text: {nb: 'a <b>', en: b}",
    );
    expect(said(text, "nb")).toEqual([
      "events[0].text.nb  ventet bare *kursiv*, **fet** og [lenker](https://…), fant en HTML-tagg (<b>); det vises som vanlig tekst",
    ]);
  });

  it("reads in en word for word as npm run validate prints it", () => {
    for (const text of cases) {
      const cli = validateStorySource(text, "story.yaml").problems.map(
        (p) => `${formatPath(p.path)}  ${p.message}`,
      );
      expect(said(text, "en")).toEqual(cli);
    }
  });
});
