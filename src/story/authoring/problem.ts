/** A path into the story file, as keys and list positions: ["events", 3, "date"]. */
export type FieldPath = readonly (string | number)[];

/** One thing wrong with a story, before it is tied to a file and line. */
export interface FieldProblem {
  path: FieldPath;
  /** "what was expected, what was found", in plain words for a journalist. */
  message: string;
}

/** A problem located in a file, ready to print as `file:line  path  message`. */
export interface Problem extends FieldProblem {
  file: string;
  line: number;
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
