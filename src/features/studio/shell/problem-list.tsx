import { fillPlural, fillTemplate } from "@/i18n/messages.ts";
import { formatPath } from "@/story/authoring/problem.ts";
import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";
import { useStudio, useStudioContext } from "./studio-context.tsx";

/**
 * Every problem of the story, errors first within a line, each a button that takes the
 * journalist to it: the form field when the forms show it, else the line in the YAML.
 */
export function ProblemList({
  tab,
  onShowYaml,
  onReveal,
}: {
  /** The view the journalist is in: a problem is shown there (the field, or the line). */
  tab: "forms" | "yaml";
  onShowYaml: () => void;
  onReveal: (path: StudioProblem["path"]) => void;
}) {
  const messages = useStudioMessages();
  const lang = useStudioLang();
  const problems = useStudio((s) => s.analysis.problems);
  const { editorRef } = useStudioContext();
  const count = (severity: StudioProblem["severity"]) =>
    problems.filter((p) => p.severity === severity).length;

  const goTo = (problem: StudioProblem) => {
    // In the forms, the form opens the tab and entry that hold the field, and focuses it.
    if (tab === "forms" && problem.path.length > 0) return onReveal(problem.path);
    onShowYaml();
    // The YAML tab is shown on the next frame; then the editor can take focus.
    requestAnimationFrame(() => editorRef.current?.goToLine(problem.line));
  };

  return (
    <section className="studio-problems" aria-labelledby="studio-problems-heading">
      <h2 id="studio-problems-heading">
        {messages.shellProblems}{" "}
        <span className="studio-problems__counts">
          {[
            fillPlural(messages.shellProblemCount, count("error"), lang),
            fillPlural(messages.shellWarningCount, count("warning"), lang),
            fillPlural(messages.shellCheckCount, count("check"), lang),
          ].join(" · ")}
        </span>
      </h2>
      {problems.length === 0 ? (
        <p className="studio-problems__none">{messages.shellNoProblems}</p>
      ) : (
        <ul className="studio-problems__list" aria-label={messages.shellProblems}>
          {problems.map((problem, i) => (
            <li
              key={`${problem.line}-${i}`}
              className={`studio-problem studio-problem--${problem.severity}`}
            >
              <button type="button" onClick={() => goTo(problem)}>
                <span className="studio-problem__severity">
                  {messages[`shellSeverity_${problem.severity}`]}
                </span>{" "}
                <span className="studio-problem__where">
                  {fillTemplate(messages.shellLine, { line: problem.line })} ·{" "}
                  {formatPath(problem.path)}
                </span>{" "}
                <span className="studio-problem__message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
