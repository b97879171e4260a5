import { describe, expect, it } from "vitest";
import { formatPath } from "@/story/authoring/problem.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { breakStory, MINIMAL_STORY, problemsOf } from "../../helpers/story-source.ts";

describe("validateStorySource", () => {
  it("accepts a valid story", () => {
    expect(problemsOf(MINIMAL_STORY)).toEqual([]);
  });

  it("reports an impossible date with its field and line", () => {
    expect(problemsOf(breakStory("date: 2025-11-21", "date: 2025-02-30"))).toEqual([
      '36 events[0].date expected a real calendar date, found "2025-02-30"',
    ]);
  });

  it("reports a date in the wrong shape", () => {
    expect(problemsOf(breakStory("date: 2025-11-21", "date: 21.11.2025"))).toEqual([
      '36 events[0].date expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "21.11.2025"',
    ]);
  });

  it("reports an end before the start", () => {
    expect(
      problemsOf(breakStory("from: 2014\n      to: 2017", "from: 2017\n      to: 2014")),
    ).toEqual([
      "50 events[1].date.to expected the end to be on or after the start (2017), found 2014",
    ]);
  });

  it("reports a missing translation, naming the language", () => {
    expect(
      problemsOf(breakStory("      nb: Første\n      en: First\n", "      nb: Første\n")),
    ).toEqual([
      "38 events[0].title.en missing translation: expected text in English (en), found nothing",
    ]);
  });

  it("reports empty text", () => {
    expect(problemsOf(breakStory("nb: Andre", 'nb: "   "'))).toEqual([
      "52 events[1].title.nb expected text, found an empty string",
    ]);
  });

  it("reports a link that is not http(s)", () => {
    expect(
      problemsOf(breakStory("url: https://example.org/article", "url: javascript:alert(1)")),
    ).toEqual([
      '17 story.credit.url expected a web link starting with http:// or https://, found "javascript:alert(1)"',
    ]);
  });

  it("reports an unknown id in a reference", () => {
    expect(problemsOf(breakStory("threads: [main]", "threads: [main, war]"))).toEqual([
      '45 events[0].threads[1] expected the id of an entry in threads, found "war", which is not there',
    ]);
  });

  it("reports a duplicate id and where it was first used", () => {
    expect(problemsOf(breakStory("- id: second", "- id: first"))).toEqual([
      '47 events[1].id expected a unique id, found "first" again (first used at events[0])',
    ]);
  });

  it("reports an event id its own page could not have", () => {
    expect(problemsOf(breakStory("- id: second", "- id: embed"))).toEqual([
      '47 events[1].id expected an id that is not a word the story\'s addresses use (nb, en, embed, cards, events), found "embed"',
    ]);
  });

  it("reports a misspelt field", () => {
    expect(
      problemsOf(breakStory("    status: confirmed", "    status: confirmed\n    statsu: x")),
    ).toEqual([
      '55 events[1].statsu expected no field named "statsu" here; check its spelling or where it is indented',
    ]);
  });

  it("reports an unknown status with the allowed values", () => {
    expect(problemsOf(breakStory("status: confirmed", "status: maybe"))).toEqual([
      '54 events[1].status expected one of confirmed, reported, unconfirmed, disputed, denied, found "maybe"',
    ]);
  });

  it("reports a claim that is not confirmed but says nobody reports it", () => {
    expect(problemsOf(breakStory("status: confirmed", "status: reported"))).toEqual([
      "47 events[1].attribution.reportedBy expected who reports this reported claim, found no one",
    ]);
  });

  it("reports a missing required field at its parent's line", () => {
    expect(problemsOf(breakStory("    status: confirmed\n", ""))).toEqual([
      "47 events[1].status expected one of confirmed, reported, unconfirmed, disputed, denied, found nothing",
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    const [problem] = problemsOf(breakStory("  - id: second", "  - id: second\n   bad: [indent"));
    expect(problem).toMatch(/^48 \(top level\) expected valid YAML, found a syntax error/);
  });

  it("accepts a focus and an annotation band", () => {
    const source = breakStory(
      "  credit:",
      "  focus:\n    from: 2025-11-18\n    to: 2025-12-04\n  credit:",
    ).replace(
      "threads:\n",
      "annotations:\n  - id: week\n    from: 2025-11-21\n    to: 2025-11-28\n    label:\n      nb: Uka\n      en: The week\nthreads:\n",
    );
    const result = validateStorySource(source, "story.yaml");
    expect(result.problems).toEqual([]);
    expect(result.story?.story.focus).toEqual({ from: "2025-11-18", to: "2025-12-04" });
    expect(result.story?.annotations).toEqual([
      { id: "week", from: "2025-11-21", to: "2025-11-28", label: { nb: "Uka", en: "The week" } },
    ]);
  });

  it("reports a focus that ends before it starts, naming the field", () => {
    const source = breakStory(
      "  credit:",
      "  focus:\n    from: 2025-12-04\n    to: 2025-11-18\n  credit:",
    );
    expect(problemsOf(source)).toEqual([
      "14 story.focus.to expected the end to be on or after the start (2025-12-04), found 2025-11-18",
    ]);
  });

  it("reports an annotation band that ends before it starts, and a repeated band id", () => {
    const band = (from: string, to: string) =>
      `  - id: week\n    from: ${from}\n    to: ${to}\n    label:\n      nb: Uka\n      en: The week\n`;
    const source = breakStory(
      "threads:\n",
      `annotations:\n${band("2025-11-21", "2025-11-28")}${band("2025-11", "2025-10")}threads:\n`,
    );
    expect(problemsOf(source)).toEqual([
      '27 annotations[1].id expected a unique id, found "week" again (first used at annotations[0])',
      "29 annotations[1].to expected the end to be on or after the start (2025-11), found 2025-10",
    ]);
  });

  it("reports every problem at once, schema and references together", () => {
    const source = breakStory("date: 2025-11-21", "date: 2025-13-01").replace(
      "threads: [main]",
      "threads: [nope]",
    );
    expect(problemsOf(source)).toHaveLength(2);
  });
});

describe("validateStorySource with the story's folder", () => {
  it("reports a share image that is not in the folder", () => {
    const source = breakStory(
      "  credit:",
      "  image:\n    file: share.png\n    alt:\n      nb: Bilde\n      en: Picture\n  credit:",
    );
    const problems = validateStorySource(source, "story.yaml", { hasFile: () => false }).problems;
    expect(problems.map((p) => `${p.line} ${formatPath(p.path)} ${p.message}`)).toEqual([
      '13 story.image.file expected the image as a file next to story.yaml (not a link to one), found no such file named "share.png"',
    ]);
  });
});
