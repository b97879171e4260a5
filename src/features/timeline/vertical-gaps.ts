/**
 * Spacing for the phone's vertical timeline, where the page scrolls and each event is a row:
 * the time between two events becomes extra space (a few pixels for days, more for months),
 * and a quiet stretch longer than `breakAfter` becomes a visible break that says how long it is.
 */

const DAY = 86_400_000;

export interface VerticalGap {
  /** Extra space above the row, px. */
  space: number;
  /** A break is shown above the row, with the quiet time in whole years, months or days. */
  gap?: { years: number } | { months: number } | { days: number };
}

export interface VerticalGapOptions {
  breakAfter: number;
  maxSpace: number;
}

const DEFAULTS: VerticalGapOptions = { breakAfter: 180 * DAY, maxSpace: 28 };

function describeGap(ms: number): NonNullable<VerticalGap["gap"]> {
  const days = Math.round(ms / DAY);
  if (days >= 365) return { years: Math.round(days / 365.25) };
  if (days >= 60) return { months: Math.round(days / 30.44) };
  return { days };
}

/** Gaps before each row, from the rows' start times (in order). The first row has none. */
export function getVerticalGaps(
  starts: readonly number[],
  options: VerticalGapOptions = DEFAULTS,
): VerticalGap[] {
  return starts.map((start, i) => {
    const previous = starts[i - 1];
    if (previous === undefined) return { space: 0 };
    // Newest-first lists step backwards in time: the gap is the same either way.
    const gap = Math.abs(start - previous);
    if (gap > options.breakAfter) return { space: 0, gap: describeGap(gap) };
    const space = Math.min(options.maxSpace, 6 * Math.log2(1 + gap / DAY));
    return { space: Math.round(space) };
  });
}
