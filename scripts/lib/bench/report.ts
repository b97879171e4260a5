/**
 * The benchmark's table: each figure with its budget, and whether it was met. A figure with
 * no budget is shown for context. `npm run bench` exits 1 when any budget is missed.
 */
export interface Row {
  group: string;
  figure: string;
  value: number;
  /** At most this (or exactly, for a budget of 0). */
  max?: number;
  /** At least this (Lighthouse scores). */
  min?: number;
  /** The figure beside the floor's, e.g. "1.04×". */
  vs?: string;
}

export type Verdict = "met" | "MISSED" | "—";

export function verdictOf(row: Row): Verdict {
  if (row.max === undefined && row.min === undefined) return "—";
  if (Number.isNaN(row.value)) return "MISSED";
  if (row.max !== undefined && row.value > row.max) return "MISSED";
  if (row.min !== undefined && row.value < row.min) return "MISSED";
  return "met";
}

const format = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? "—"
    : Number.isInteger(value)
      ? String(value)
      : value.toFixed(value < 1 ? 3 : 1);

function budgetOf(row: Row): string {
  if (row.max !== undefined) return row.max === 0 ? "= 0" : `≤ ${format(row.max)}`;
  if (row.min !== undefined) return `≥ ${format(row.min)}`;
  return "—";
}

/** Prints the table (Markdown, for the README and notes); returns the rows that missed. */
export function printReport(rows: readonly Row[]): Row[] {
  console.log("\n| where | figure | value | budget | vs floor | |\n|---|---|---:|---:|---:|---|");
  for (const row of rows) {
    console.log(
      `| ${row.group} | ${row.figure} | ${format(row.value)} | ${budgetOf(row)} | ${row.vs ?? "—"} | ${verdictOf(row)} |`,
    );
  }
  return rows.filter((row) => verdictOf(row) === "MISSED");
}
