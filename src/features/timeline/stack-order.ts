import type { PointLayout } from "./timeline-layout.ts";

/**
 * Labels pushed into one column (near an edge of the view, each kept inside it) stack in the
 * order lane packing found room for them, which is not the order of their dates: 21 Nov, 1 Dec,
 * 29–30 Nov, 3 Dec, 28 Nov. A reader reads a stack from the top, so within each column the
 * same lanes are given out again by date: the earliest on top, as arrow keys step through them.
 * Only labels in one column are reordered: they overlap each other, so any order of their
 * lanes is free of overlaps.
 */
export function stackInDateOrder(
  points: readonly PointLayout[],
  startOf: (id: string) => number,
): PointLayout[] {
  const columns = new Map<number, PointLayout[]>();
  for (const point of points) {
    const key = Math.round(point.labelX);
    columns.set(key, [...(columns.get(key) ?? []), point]);
  }
  const lanes = new Map<string, number>();
  for (const column of columns.values()) {
    if (column.length < 2) continue;
    const byDate = [...column].sort((a, b) => startOf(a.id) - startOf(b.id) || a.x - b.x);
    // The highest lane is the top of the stack.
    const topFirst = column.map((point) => point.lane).sort((a, b) => b - a);
    byDate.forEach((point, i) => lanes.set(point.id, topFirst[i]!));
  }
  return points.map((point) => ({ ...point, lane: lanes.get(point.id) ?? point.lane }));
}
