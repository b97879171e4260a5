import type { DataPath } from "./story-edit.ts";

/**
 * Something the studio tells the journalist about the story, at a field and a line:
 * - "error": the story does not validate (npm run validate would fail on it);
 * - "warning": it validates, but may not show what was meant (markup shown as text);
 * - "check": the editorial checklist (sourcing, hedging, translations, pictures): the
 *   journalist's call, asked as a question.
 */
export interface StudioProblem {
  severity: "error" | "warning" | "check";
  path: DataPath;
  /** 1-based line in story.yaml. */
  line: number;
  /** In the studio's interface language, plain words, saying what was expected and found. */
  message: string;
}

/** The story's data as the YAML holds it, possibly invalid: read every field defensively. */
export type LooseStory = Record<string, unknown>;
