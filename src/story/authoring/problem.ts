import {
  fillTemplate,
  PROBLEM_MESSAGES_EN,
  PROBLEM_WORDS_EN,
  type ProblemCode,
} from "./problem-messages.ts";

export type { ProblemCode } from "./problem-messages.ts";

/** A path into the story file, as keys and list positions: ["events", 3, "date"]. */
export type FieldPath = readonly (string | number)[];

/** What a field held, as data, so that each language can say it in its own words. */
export type Found =
  | { kind: "nothing" | "empty" | "list" | "group" }
  /** Text from the YAML, as written (shortened): shown in quotes. */
  | { kind: "text"; text: string }
  /** A number or true/false, as written. */
  | { kind: "value"; text: string };

/** The values a problem's template is filled with; `found` is what the field held. */
export type ProblemValues = Readonly<Record<string, string | number | Found>>;

/** One thing wrong with a story, before it is tied to a file and line. */
export interface FieldProblem {
  path: FieldPath;
  /** Which problem this is: the key of its template in every language. */
  code: ProblemCode;
  values: ProblemValues;
  /** "what was expected, what was found", in plain English words for the CLI. */
  message: string;
}

/** A problem located in a file, ready to print as `file:line  path  message`. */
export interface Problem extends FieldProblem {
  file: string;
  line: number;
}

/** A language's templates: a problem code or a word (`found_list`) to its text. */
export type ProblemTemplates = (key: string) => string | undefined;

/** Values named so are words to translate (`language: "en"` → "English (en)"), not data. */
const WORD_VALUES = new Set(["language", "type", "markup", "status", "hedges"]);

function sayFound(found: Found, templates: ProblemTemplates): string {
  if (found.kind === "value") return found.text;
  if (found.kind === "text") return fillTemplate(templates("found_text") ?? '"{text}"', found);
  return templates(`found_${found.kind}`) ?? found.kind;
}

/**
 * A problem in the words of `templates`. A template that does not say what was found gets
 * `foundSuffix` (", found …") when the problem knows it: zod's refinements report the value.
 */
export function renderProblem(
  code: ProblemCode,
  values: ProblemValues,
  templates: ProblemTemplates,
): string {
  const template = templates(code) ?? PROBLEM_MESSAGES_EN[code];
  const words: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "object") words[key] = sayFound(value, templates);
    else if (WORD_VALUES.has(key)) words[key] = templates(`${key}_${value}`) ?? value;
    else words[key] = value;
  }
  const suffix = "found" in values && !template.includes("{found}") ? templates("foundSuffix") : "";
  return fillTemplate(template + (suffix ?? ""), words);
}

const english: ProblemTemplates = (key) =>
  (PROBLEM_MESSAGES_EN as Record<string, string>)[key] ??
  (PROBLEM_WORDS_EN as Record<string, string>)[key];

/** A problem at `path`, with its English message. */
export function fieldProblem(
  path: FieldPath,
  code: ProblemCode,
  values: ProblemValues = {},
): FieldProblem {
  return { path, code, values, message: renderProblem(code, values, english) };
}

/** `["events", 3, "date"]` → `events[3].date` */
export function formatPath(path: FieldPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(top level)" : out;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${formatPath(problem.path)}  ${problem.message}`;
}
