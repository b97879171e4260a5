/** Sizes of the horizontal timeline, in CSS pixels. The layout and the drawing share them. */
export const GEOMETRY = {
  labelWidth: 232,
  laneHeight: 64,
  cardHeight: 58,
  maxLanes: 6,
  minLanes: 3,
  clusterRow: 12,
  /** Above the lanes, when the story has annotation bands: the row for their words. */
  bandRow: 22,
  /** Below the axis: a row of tick labels, then one for "now", clear of the markers. */
  axisHeight: 48,
  tickLabelTop: 17,
  nowLabelTop: 32,
  /** A period's row: its label's line of text, and its bar below it, never under the words. */
  spanRowHeight: 32,
  spanBarTop: 20,
  spanBarHeight: 8,
  maxSpanRows: 4,
  spanLabelWidth: 460,
  /** The column beside the plot (card and undated events), when the frame is this wide. */
  sideColumn: 340,
  sideColumnFrom: 960,
  columnGap: 16,
} as const;

/**
 * Vertical positions of the plot's parts, from the number of lanes and span rows used, and
 * the row above the lanes for annotation bands' words (0 when the story has none).
 */
export function plotRows(lanes: number, spanRows: number, bandRow = 0) {
  const lanesHeight = bandRow + lanes * GEOMETRY.laneHeight;
  const axisY = lanesHeight + GEOMETRY.clusterRow;
  const spansTop = axisY + GEOMETRY.axisHeight;
  const height = spansTop + spanRows * GEOMETRY.spanRowHeight + 8;
  return { lanesHeight, axisY, spansTop, height };
}

export function laneTop(lane: number, lanesHeight: number): number {
  return (
    lanesHeight - (lane + 1) * GEOMETRY.laneHeight + (GEOMETRY.laneHeight - GEOMETRY.cardHeight)
  );
}
