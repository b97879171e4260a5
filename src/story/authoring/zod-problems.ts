import type { z } from "zod";
import type { FieldPath, FieldProblem } from "./problem.ts";

type Issue = z.core.$ZodIssue;

const LANGUAGE_NAMES: Record<string, string> = { nb: "Norwegian Bokmål (nb)", en: "English (en)" };

/** Describes a found value briefly, the way it would look in the YAML. */
export function describeFound(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "an empty value";
  if (typeof input === "string") {
    const short = input.length > 40 ? `${input.slice(0, 37)}…` : input;
    return `"${short}"`;
  }
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a list";
  return "a group of fields";
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

function typeMessage(issue: Extract<Issue, { code: "invalid_type" }>, path: FieldPath): string {
  const last = path[path.length - 1];
  if (issue.input === undefined && typeof last === "string" && last in LANGUAGE_NAMES) {
    return `missing translation: expected text in ${LANGUAGE_NAMES[last]}, found nothing`;
  }
  const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
  if (issue.input === undefined) return `expected ${expected} (required), found nothing`;
  return `expected ${expected}, found ${describeFound(issue.input)}`;
}

function withFound(message: string, input: unknown): string {
  if (message.includes("found") || input === undefined) return message;
  return `${message}, found ${describeFound(input)}`;
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
      return [{ path, message: typeMessage(issue, path) }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `expected no field named "${key}" here; check its spelling or where it is indented`,
      }));
    case "invalid_value":
      return [
        {
          path,
          message: `expected one of ${issue.values.map((v) => String(v)).join(", ")}, found ${describeFound(issue.input)}`,
        },
      ];
    case "too_small":
      if (issue.origin === "array") {
        return [{ path, message: withFound(issue.message, undefined) }];
      }
      return [{ path, message: withFound(issue.message, issue.input) }];
    case "invalid_union":
      return closestBranch(issue.errors).flatMap((inner) =>
        describe(inner, [
          ...path,
          ...inner.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
        ]),
      );
    default:
      return [{ path, message: withFound(issue.message, issue.input) }];
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
