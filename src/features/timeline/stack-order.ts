import type { PointLayout } from "./timeline-layout.ts";

/** Where a card would start if nothing moved it: a little left of its marker (timeline-layout). */
const OWN_OFFSET = 12;

/**
 * Cards pushed into one column near an edge of the view (each kept inside it) stack in the
 * order lane packing found room for them, which is not the order of their dates: 21 Nov, 1 Dec,
 * 29–30 Nov, 3 Dec, 28 Nov. A reader reads a stack from the top, so within each column the
 * same lanes are given out again by date: the earliest on top, as arrow keys step through them.
 * A column is the cards that share their left edge, or, pushed in from the right edge of the
 * view, their right edge (cards are as wide as their titles need). A column whose new order
 * would overlap another card in its lane keeps the order packing gave it.
 */
export function stackInDateOrder(
  points: readonly PointLayout[],
  startOf: (id: string) => number,
): PointLayout[] {
  const columns = new Map<string, PointLayout[]>();
  for (const point of points) {
    const pushedLeft = point.labelX < point.x - OWN_OFFSET - 0.5;
    const key = pushedLeft
      ? `right ${Math.round(point.labelX + point.labelWidth)}`
      : `left ${Math.round(point.labelX)}`;
    columns.set(key, [...(columns.get(key) ?? []), point]);
  }
  let stacked = [...points];
  for (const column of columns.values()) {
    if (column.length < 2) continue;
    const byDate = [...column].sort((a, b) => startOf(a.id) - startOf(b.id) || a.x - b.x);
    // The highest lane is the top of the stack.
    const topFirst = column.map((point) => point.lane).sort((a, b) => b - a);
    const lanes = new Map(byDate.map((point, i) => [point.id, topFirst[i]!]));
    const next = stacked.map((point) => ({ ...point, lane: lanes.get(point.id) ?? point.lane }));
    if (!overlapsInLane(next, lanes)) stacked = next;
  }
  return stacked;
}

/** Whether a moved card now overlaps another card in its new lane. */
function overlapsInLane(points: readonly PointLayout[], moved: ReadonlyMap<string, number>) {
  return points.some(
    (a) =>
      moved.has(a.id) &&
      points.some(
        (b) =>
          b.id !== a.id &&
          b.lane === a.lane &&
          b.labelX < a.labelX + a.labelWidth &&
          a.labelX < b.labelX + b.labelWidth,
      ),
  );
}
