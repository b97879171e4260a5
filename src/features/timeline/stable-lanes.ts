import { firstFitLane, LANE_GAP } from "./lane-packing.ts";
import type { PreparedItems } from "./timeline-layout.ts";

/** How far a point's label starts before its marker, px. */
export const LABEL_LEAD = 12;

/** What a point's lane depends on besides the zoom: its label's width and the lanes there are. */
export interface LaneSizes {
  labelWidth: number;
  cardWidth?: (id: string) => number;
  maxLanes: number;
}

/** Each point's label width (in `prepared.points` order) and the widest. */
export interface PointWidths {
  widths: Float64Array;
  widest: number;
}

interface Packed extends PointWidths {
  k: number;
  sizes: LaneSizes;
  /** Each point's lane, or -1 where every lane is taken at its place (a "+N" badge). */
  lanes: Int16Array;
  /**
   * For a point without a lane, the first point of its "+N" badge (its own index, or an
   * earlier one's): points without a lane less than a label's width after a badge's first
   * share it. -1 for a point with a lane.
   */
  badgeOf: Int32Array;
}

const packed = new WeakMap<PreparedItems, Packed>();

/**
 * Every point's lane at zoom `k`, packed first-fit from the story's first event, with each
 * label at its own place (LABEL_LEAD px before its marker). A pan only moves the view: packing
 * only what a view held made each label's lane depend on where the view began, and in a
 * crowded stretch every label in view changed lanes when the plot was laid out again after a
 * pan of 100 px, or for the canvas's wider reach. Kept for the last zoom: a pan packs nothing.
 */
export function pointLanes(prepared: PreparedItems, k: number, sizes: LaneSizes): Packed {
  const known = packed.get(prepared);
  const same =
    known?.sizes.labelWidth === sizes.labelWidth &&
    known.sizes.cardWidth === sizes.cardWidth &&
    known.sizes.maxLanes === sizes.maxLanes;
  if (known && same && known.k === k) return known;
  const { widths, widest } = same && known ? known : widthsOf(prepared, sizes);
  const { points } = prepared;
  const lanes = new Int16Array(points.length);
  const laneEnds: number[] = [];
  // Points are sorted by their place (then id): so are their labels, all LABEL_LEAD before.
  points.forEach(({ base }, i) => {
    const x0 = base * k - LABEL_LEAD;
    const lane = firstFitLane(laneEnds, x0, sizes.maxLanes, LANE_GAP);
    lanes[i] = lane;
    if (lane !== -1) laneEnds[lane] = x0 + widths[i]!;
  });
  const badgeOf = badgesOf(prepared, k, lanes, sizes.labelWidth);
  const result = { k, sizes, lanes, badgeOf, widths, widest };
  packed.set(prepared, result);
  return result;
}

/**
 * The "+N" badges of the points without a lane at zoom `k`, grouped from the story's first
 * event as the lanes are: grouped over what a layout held, a badge's count and place changed
 * with every pan (on the 5,000-event story, nearly every badge in view).
 */
function badgesOf(prepared: PreparedItems, k: number, lanes: Int16Array, reach: number) {
  const badgeOf = new Int32Array(lanes.length).fill(-1);
  let first = -1;
  prepared.points.forEach(({ base }, i) => {
    if (lanes[i] !== -1) return;
    if (first === -1 || (base - prepared.points[first]!.base) * k > reach) first = i;
    badgeOf[i] = first;
  });
  return badgeOf;
}

function widthsOf(prepared: PreparedItems, sizes: LaneSizes): PointWidths {
  const widths = Float64Array.from(
    prepared.points,
    ({ item }) => sizes.cardWidth?.(item.id) ?? sizes.labelWidth,
  );
  return { widths, widest: widths.reduce((a, b) => Math.max(a, b), sizes.labelWidth) };
}
