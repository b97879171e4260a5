import { describe, expect, it } from "vitest";
import { compareQuestions, ownClaims } from "@/features/viewpoints/compare-questions.ts";
import type { Question, Viewpoint } from "@/story/model/types.ts";

const question = { id: "q", title: { nb: "Spørsmål", en: "Question" } } as Question;
const both = { nb: "Begge mener det.", en: "Both think so." };
const viewpoint = (person: string, claims: Viewpoint["claims"]) =>
  ({ id: `${person}-q`, person, question: "q", claims, quotes: [] }) as unknown as Viewpoint;

describe("compareQuestions", () => {
  it("finds a claim both viewpoints hold word for word, to show once", () => {
    const a = viewpoint("a", [both, { nb: "Bare a.", en: "Only a." }]);
    const b = viewpoint("b", [{ nb: "Bare b.", en: "Only b." }, both]);
    const [row] = compareQuestions([question], [a, b], ["a", "b"]).shared;
    expect(row!.joint).toEqual([both]);
    expect(ownClaims(a, row!.joint)).toEqual([{ nb: "Bare a.", en: "Only a." }]);
    expect(ownClaims(b, row!.joint)).toEqual([{ nb: "Bare b.", en: "Only b." }]);
  });

  it("keeps a claim that differs in one language in each cell", () => {
    const a = viewpoint("a", [both]);
    const b = viewpoint("b", [{ nb: both.nb, en: "Both believe so." }]);
    expect(compareQuestions([question], [a, b], ["a", "b"]).shared[0]!.joint).toEqual([]);
  });

  it("has no joint claim where only one of them answers", () => {
    const a = viewpoint("a", [both]);
    const { partial } = compareQuestions([question], [a], ["a", "b"]);
    expect(partial[0]!.joint).toEqual([]);
  });
});
