import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { hasError } from "./problems.ts";

export interface Notes {
  /** For aria-describedby: the hint, the missing-translation badge, the problems. */
  describedBy: string | undefined;
  invalid: boolean;
}

/** Which notes a field has and how its input refers to them. */
export function notesFor(
  id: string,
  problems: readonly StudioProblem[],
  options: { hint?: string | undefined; missing?: boolean | undefined } = {},
): Notes {
  const ids = [
    options.missing ? `${id}-missing` : "",
    options.hint !== undefined ? `${id}-hint` : "",
    problems.length > 0 ? `${id}-problems` : "",
  ].filter((part) => part !== "");
  return {
    describedBy: ids.length > 0 ? ids.join(" ") : undefined,
    invalid: Boolean(options.missing) || hasError(problems),
  };
}

/** "Mangler oversettelse": said in words, not only by colour. */
export function MissingBadge({ id }: { id: string }) {
  const messages = useStudioMessages();
  return (
    <span id={`${id}-missing`} className="sf-badge sf-badge--missing">
      {messages.formMissingTranslation}
    </span>
  );
}

/** The hint and the problems under a field, each with an id its input points to. */
export function FieldNotes(props: {
  id: string;
  hint?: string | undefined;
  problems: readonly StudioProblem[];
}) {
  const messages = useStudioMessages();
  const severity = {
    error: messages.formSeverityError,
    warning: messages.formSeverityWarning,
    check: messages.formSeverityCheck,
  };
  return (
    <>
      {props.hint !== undefined && (
        <p id={`${props.id}-hint`} className="sf-hint">
          {props.hint}
        </p>
      )}
      {props.problems.length > 0 && (
        <ul id={`${props.id}-problems`} className="sf-problems">
          {props.problems.map((problem, i) => (
            <li key={i} className={`sf-problem sf-problem--${problem.severity}`}>
              <span className="sf-problem__severity">{severity[problem.severity]}:</span>{" "}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
