import type { Localized, Question, Viewpoint } from "@/story/model/types.ts";

export interface ComparedQuestion {
  question: Question;
  /** Each person's viewpoint on it, in the order of `people`; undefined where they say nothing. */
  answers: (Viewpoint | undefined)[];
  /**
   * Claims the reporting makes of all of them at once ("Both Bull and Bye point out …"), which
   * each one's viewpoint repeats word for word: shown once, across the row, not in every cell.
   */
  joint: Localized[];
}

const sameClaim = (a: Localized, b: Localized) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([lang, text]) => b[lang as keyof Localized] === text);

/** The claims every answer holds, when there are at least two answers and all answered. */
function jointClaims(answers: readonly (Viewpoint | undefined)[]): Localized[] {
  if (answers.length < 2 || !answers.every(Boolean)) return [];
  const [first, ...others] = answers as Viewpoint[];
  return first!.claims.filter((claim) =>
    others.every((other) => other.claims.some((c) => sameClaim(c, claim))),
  );
}

/** A viewpoint's own claims, without those shown once across its row. */
export function ownClaims(viewpoint: Viewpoint, joint: readonly Localized[]): Localized[] {
  return viewpoint.claims.filter((claim) => !joint.some((j) => sameClaim(j, claim)));
}

/**
 * The questions that every one of `people` answers, in the story's order: the rows of the
 * side-by-side view. Questions only some answer are returned apart, so nothing is hidden.
 */
export function compareQuestions(
  questions: readonly Question[],
  viewpoints: readonly Viewpoint[],
  people: readonly string[],
): { shared: ComparedQuestion[]; partial: ComparedQuestion[] } {
  const rows = questions.map((question) => {
    const answers = people.map((person) =>
      viewpoints.find((v) => v.person === person && v.question === question.id),
    );
    return { question, answers, joint: jointClaims(answers) };
  });
  const answered = rows.filter((row) => row.answers.some(Boolean));
  return {
    shared: answered.filter((row) => row.answers.every(Boolean)),
    partial: answered.filter((row) => !row.answers.every(Boolean)),
  };
}
