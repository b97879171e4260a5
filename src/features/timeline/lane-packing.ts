/**
 * Ids in code-unit order. A story's ids are lowercase letters, digits and hyphens (the schema's
 * ID_PATTERN), for which that is the order English collation gives (tested), and it is the same
 * in every reader's browser. The collator this replaced took the browser's own locale (in
 * Norwegian, "aa" sorts as "å", after "z": the same story was laid out differently for
 * Norwegian readers at a tie) and cost a third of a long story's layout at its widest zooms,
 * where thousands of labels tie.
 */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The least space between two labels in one lane, px. */
export const LANE_GAP = 8;

/**
 * The lowest of `laneEnds` (each lane's right edge so far) that a box starting at `x0` fits in
 * `gap` px after, or a new lane while there are fewer than `maxLanes`; -1 if none.
 */
export function firstFitLane(
  laneEnds: readonly number[],
  x0: number,
  maxLanes: number,
  gap: number,
) {
  const lane = laneEnds.findIndex((end) => end + gap <= x0);
  if (lane !== -1) return lane;
  return laneEnds.length < maxLanes ? laneEnds.length : -1;
}
