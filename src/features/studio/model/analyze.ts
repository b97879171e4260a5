import { getProblemTemplates } from "@/features/studio/i18n/studio-messages.ts";
import { renderProblem, type Problem } from "@/story/authoring/problem.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { toStory, type Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { editorialChecks } from "./editorial-checks.ts";
import type { LooseStory, StudioProblem } from "./studio-problem.ts";

/** What the studio knows about the text in the editor, made again after each pause in typing. */
export interface Analysis {
  /** The YAML as plain data (for the forms), or null when it is not YAML at all. */
  data: LooseStory | null;
  /** Errors, warnings and the editorial checklist, in the order of their lines. */
  problems: StudioProblem[];
  /** The story as the site would render it; null while there are errors. */
  story: Story | null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, check: 2 } as const;

/**
 * The same checks as `npm run validate` (schema, cross-references, rich text), then the
 * editorial checklist, all located at a field and a line.
 */
export function analyzeStory(text: string, slug: string, lang: Language): Analysis {
  const result = validateStorySource(text, "story.yaml");
  // One parse serves the checks, the forms (the data) and the lines of the checklist.
  const raw = result.data;
  const data: LooseStory | null =
    raw === undefined
      ? null
      : raw && typeof raw === "object" && !Array.isArray(raw)
        ? (raw as LooseStory)
        : {};
  // The validator's problems in the studio's language, from their codes and values.
  const templates = getProblemTemplates(lang);
  const said = (severity: "error" | "warning") => (p: Problem) => ({
    severity,
    path: p.path,
    line: p.line,
    message: renderProblem(p.code, p.values, templates),
  });
  const problems: StudioProblem[] = [
    ...result.problems.map(said("error")),
    ...result.warnings.map(said("warning")),
  ];
  if (data) {
    for (const check of editorialChecks(data, lang)) {
      problems.push({ ...check, line: check.line || result.lineOf(check.path) });
    }
  }
  // One note per field: a check asks as a question what a warning states (it wins), and an
  // error already says what a check would ask.
  const key = (p: StudioProblem) => p.path.join("\u0000");
  const errors = new Set(problems.filter((p) => p.severity === "error").map(key));
  const checks = new Set(problems.filter((p) => p.severity === "check").map(key));
  const kept = problems.filter(
    (p) =>
      (p.severity !== "check" || !errors.has(key(p))) &&
      (p.severity !== "warning" || !checks.has(key(p))),
  );
  kept.sort((a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { data, problems: kept, story: result.story ? toStory(result.story, slug) : null };
}
