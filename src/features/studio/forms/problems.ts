import type { DataPath } from "@/features/studio/model/story-edit.ts";
import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";

/** True when `path` begins with every key of `prefix`. */
export function startsWith(path: DataPath, prefix: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

export function samePath(a: DataPath, b: DataPath): boolean {
  return a.length === b.length && startsWith(a, b);
}

/**
 * The problems a field shows: those at its own path and, for an input, those inside the value
 * it edits (a date input shows a problem at `date.to` when it writes the whole date). A group
 * (a fieldset around nb and en) shows only those at exactly its path: its inputs show the rest.
 */
export function problemsFor(
  problems: readonly StudioProblem[],
  path: DataPath,
  scope: "field" | "group",
): StudioProblem[] {
  return problems.filter((problem) =>
    scope === "group" ? samePath(problem.path, path) : startsWith(problem.path, path),
  );
}

export function hasError(problems: readonly StudioProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** How many problems lie anywhere inside `path` (an event, a source). */
export function countInside(problems: readonly StudioProblem[], path: DataPath): number {
  return problems.filter((problem) => startsWith(problem.path, path)).length;
}
