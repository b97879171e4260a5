import type { z } from "zod";
import {
  fieldProblem,
  type FieldPath,
  type FieldProblem,
  type Found,
  type ProblemCode,
} from "./problem.ts";
import { codeOfMessage, PROBLEM_MESSAGES_EN } from "./problem-messages.ts";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "./schema-parts.ts";

type Issue = z.core.$ZodIssue;

const LANGUAGE_KEYS = new Set(["nb", "en"]);

/** What a found value is, briefly, the way it would look in the YAML. */
export function foundOf(input: unknown): Found {
  if (input === undefined) return { kind: "nothing" };
  if (input === null) return { kind: "empty" };
  if (typeof input === "string") {
    return { kind: "text", text: input.length > 40 ? `${input.slice(0, 37)}…` : input };
  }
  if (typeof input === "number" || typeof input === "boolean") {
    return { kind: "value", text: String(input) };
  }
  return { kind: Array.isArray(input) ? "list" : "group" };
}

function typeProblem(issue: Extract<Issue, { code: "invalid_type" }>, path: FieldPath) {
  const last = path[path.length - 1];
  if (issue.input === undefined && typeof last === "string" && LANGUAGE_KEYS.has(last)) {
    return fieldProblem(path, "missingTranslation", { language: last });
  }
  if (issue.input === undefined) {
    return fieldProblem(path, "requiredMissing", { type: issue.expected });
  }
  return fieldProblem(path, "wrongType", { type: issue.expected, found: foundOf(issue.input) });
}

/** A problem the schema words itself; what was found is added when its message does not say. */
function withFound(
  path: FieldPath,
  code: ProblemCode,
  values: Record<string, string | number>,
  input: unknown,
): FieldProblem {
  if (PROBLEM_MESSAGES_EN[code].includes("found") || input === undefined) {
    return fieldProblem(path, code, values);
  }
  return fieldProblem(path, code, { ...values, found: foundOf(input) });
}

/** A message of the schema's own (or zod's), as a code: by its params, its words or its kind. */
function schemaProblem(issue: Issue, path: FieldPath): FieldProblem {
  const input = issue.code === "too_small" && issue.origin === "array" ? undefined : issue.input;
  const params = issue.code === "custom" ? (issue.params as Record<string, unknown>) : undefined;
  if (params && typeof params.problem === "string" && params.problem in PROBLEM_MESSAGES_EN) {
    const values = (params.values ?? {}) as Record<string, string | number>;
    return withFound(path, params.problem as ProblemCode, values, input);
  }
  const code = codeOfMessage(issue.message);
  if (code) return withFound(path, code, {}, input);
  if (issue.code === "too_big" && issue.origin === "string") {
    const length = String(issue.input).length;
    if (issue.maximum === MAX_ID_LENGTH) {
      return fieldProblem(path, "idTooLong", { maximum: MAX_ID_LENGTH, length });
    }
    if (issue.maximum === MAX_TEXT_LENGTH) {
      return fieldProblem(path, "textTooLong", { maximum: MAX_TEXT_LENGTH, length });
    }
  }
  const detail = issue.message;
  return withFound(path, "other", { detail }, detail.includes("found") ? undefined : input);
}

/** True when the value is of the wrong kind altogether (a text where a group was expected). */
function isKindMismatch(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === "invalid_type") return true;
  return (
    issue.code === "invalid_union" && issue.errors.every((branch) => branch.some(isKindMismatch))
  );
}

/** A union failed: report the branch that matches the input's kind (a text or a group). */
function closestBranch(errors: Issue[][]): Issue[] {
  const scored = errors.map((branch) => ({
    branch,
    score: branch.filter(isKindMismatch).length,
  }));
  scored.sort((a, b) => a.score - b.score);
  return scored[0]?.branch ?? [];
}

function describe(issue: Issue, path: FieldPath): FieldProblem[] {
  switch (issue.code) {
    case "invalid_type":
      return [typeProblem(issue, path)];
    case "unrecognized_keys":
      return issue.keys.map((key) => fieldProblem([...path, key], "unknownField", { key }));
    case "invalid_value":
      return [
        fieldProblem(path, "notOneOf", {
          options: issue.values.map((v) => String(v)).join(", "),
          found: foundOf(issue.input),
        }),
      ];
    case "invalid_union":
      return closestBranch(issue.errors).flatMap((inner) =>
        describe(inner, [
          ...path,
          ...inner.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
        ]),
      );
    default:
      return [schemaProblem(issue, path)];
  }
}

/** Turns zod's issues into one plain-language problem per wrong field. */
export function problemsFromZod(issues: readonly Issue[]): FieldProblem[] {
  return issues.flatMap((issue) =>
    describe(
      issue,
      issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    ),
  );
}
