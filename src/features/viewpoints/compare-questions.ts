import type { Question, Viewpoint } from "@/story/model/types.ts";

export interface ComparedQuestion {
  question: Question;
  /** Each person's viewpoint on it, in the order of `people`; undefined where they say nothing. */
  answers: (Viewpoint | undefined)[];
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
  const rows = questions.map((question) => ({
    question,
    answers: people.map((person) =>
      viewpoints.find((v) => v.person === person && v.question === question.id),
    ),
  }));
  const answered = rows.filter((row) => row.answers.some(Boolean));
  return {
    shared: answered.filter((row) => row.answers.every(Boolean)),
    partial: answered.filter((row) => !row.answers.every(Boolean)),
  };
}
