import { parseDatePoint, startOfPoint } from "@/lib/date-point.ts";
import { fieldProblem, type FieldPath, type FieldProblem } from "./problem.ts";

/*
 * Stretches of time the schema cannot order: the story's `focus` and each annotation's band
 * must not end before they start. Read defensively from the raw data, like the cross-checks,
 * so an author sees this beside every other problem.
 */

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** A date point as the author wrote it (YAML reads a bare year as a number). */
const asPoint = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" ? String(value) : undefined;

/** `to` on or after `from`; a malformed date is the schema's to report, not this check's. */
function checkOrder(span: Record<string, unknown>, at: FieldPath): FieldProblem[] {
  const from = asPoint(span.from);
  const to = asPoint(span.to);
  const start = from === undefined ? undefined : parseDatePoint(from);
  const end = to === undefined ? undefined : parseDatePoint(to);
  if (!start || !end || startOfPoint(end) >= startOfPoint(start)) return [];
  return [fieldProblem([...at, "to"], "endBeforeStart", { from: from ?? "", to: to ?? "" })];
}

export function checkDateSpans(data: unknown): FieldProblem[] {
  const story = asRecord(data);
  const meta = asRecord(story.story);
  const problems =
    meta.focus === undefined ? [] : checkOrder(asRecord(meta.focus), ["story", "focus"]);
  const annotations = Array.isArray(story.annotations) ? story.annotations : [];
  annotations.forEach((item, index) => {
    problems.push(...checkOrder(asRecord(item), ["annotations", index]));
  });
  return problems;
}
