import { compareIds, firstFitLane } from "./lane-packing.ts";
import type { PreparedItems } from "./timeline-layout.ts";

/** The least space between two periods in one row, px. */
export const ROW_GAP = 4;

/** What a period's row depends on besides the zoom: its label's width and the rows there are. */
export interface SpanRowSizes {
  /** Width a period bar's label needs, px: one number, or one per item id. */
  spanLabelWidth: number | ((id: string) => number);
  maxSpanRows: number;
}

interface Packed {
  k: number;
  sizes: SpanRowSizes;
  /** Each period's label width, in `prepared.spans` order. */
  widths: Float64Array;
  /** Each period's row, or -1 where every row is taken where it begins (a "+N" badge). */
  rows: Int16Array;
  /** The next period in the same row, by where it begins, or -1. */
  next: Int32Array;
  /** The periods by where they begin, then id: the order they were packed in. */
  order: Int32Array;
}

const packed = new WeakMap<PreparedItems, Packed>();
/** The periods in the order they are packed: where they begin, then id. Kept for every zoom. */
const orders = new WeakMap<PreparedItems, Int32Array>();

/**
 * Every period's row below the axis at zoom `k`, packed first-fit from the story's first
 * period, each from its own start to its end or its label's, whichever is further (as
 * stable-lanes.ts does for points' lanes). Packed over what a layout held, with labels moved in
 * at the view's edges, rows depended on where the view began: on the 5,000-event story most
 * periods in view changed rows after a pan of 100 px. Kept for the last zoom.
 */
export function spanRows(prepared: PreparedItems, k: number, sizes: SpanRowSizes): Packed {
  const known = packed.get(prepared);
  const same =
    known?.sizes.spanLabelWidth === sizes.spanLabelWidth &&
    known.sizes.maxSpanRows === sizes.maxSpanRows;
  if (known && same && known.k === k) return known;
  const { spans } = prepared;
  const widths =
    same && known
      ? known.widths
      : Float64Array.from(spans, ({ item }) =>
          typeof sizes.spanLabelWidth === "number"
            ? sizes.spanLabelWidth
            : sizes.spanLabelWidth(item.id),
        );
  const rows = new Int16Array(spans.length).fill(-1);
  const next = new Int32Array(spans.length).fill(-1);
  const rowEnds: number[] = [];
  const lastInRow: number[] = [];
  const order = orderOf(prepared);
  for (const i of order) {
    const { base0, base1 } = spans[i]!;
    const x0 = base0 * k;
    const row = firstFitLane(rowEnds, x0, sizes.maxSpanRows, ROW_GAP);
    if (row === -1) continue;
    rows[i] = row;
    if (lastInRow[row] !== undefined) next[lastInRow[row]!] = i;
    lastInRow[row] = i;
    rowEnds[row] = Math.max(base1 * k, x0 + widths[i]!);
  }
  const result = { k, sizes, widths, rows, next, order };
  packed.set(prepared, result);
  return result;
}

function orderOf(prepared: PreparedItems): Int32Array {
  let order = orders.get(prepared);
  if (!order) {
    const { spans } = prepared;
    order = Int32Array.from(spans.keys()).sort(
      (a, b) =>
        spans[a]!.base0 - spans[b]!.base0 || compareIds(spans[a]!.item.id, spans[b]!.item.id),
    );
    orders.set(prepared, order);
  }
  return order;
}
