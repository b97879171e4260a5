import { scaleUtc } from "d3-scale";
import { LOCALE_TAGS } from "@/i18n/format-date.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { StoryScale } from "./time-scale.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

const DAY = 86_400_000;

export interface AxisTick {
  /** Pixel position in the viewport (after zoom). */
  x: number;
  time: number;
  label: string;
}

type Granularity = "year" | "month" | "day";

const TICK_FORMATS: Record<Granularity, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { month: "short", timeZone: "UTC" },
  day: { day: "numeric", month: "short", timeZone: "UTC" },
};

const tickFormatters = new Map<string, Intl.DateTimeFormat>();

function tickFormatter(language: Language, granularity: Granularity, withYear: boolean) {
  const key = `${language}|${granularity}|${withYear}`;
  let found = tickFormatters.get(key);
  if (!found) {
    const options = withYear
      ? { ...TICK_FORMATS[granularity], year: "numeric" as const }
      : TICK_FORMATS[granularity];
    found = new Intl.DateTimeFormat(LOCALE_TAGS[language], options);
    tickFormatters.set(key, found);
  }
  return found;
}

function granularityOf(ticks: Date[]): Granularity {
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : 365 * DAY;
  if (step >= 360 * DAY) return "year";
  if (step >= 28 * DAY) return "month";
  return "day";
}

/** Minimum pixels between two tick labels. */
export const TICK_SPACING = 96;

/** A tick label's width, estimated generously (12 px text and its padding): text is not measured. */
export const tickLabelWidth = (label: string) => 8 + 7.5 * label.length;

/** How far apart two ticks must be: most of a tick spacing, and room for both labels. */
const tickGap = (a: string, b: string) =>
  Math.max(TICK_SPACING * 0.6, (tickLabelWidth(a) + tickLabelWidth(b)) / 2 + 4);

/**
 * Ticks for every visible segment, chosen by d3 and labelled with Intl in the reader's
 * language. The first tick kept in a segment, and every January, also says the year (so the
 * focus's days say theirs even where the context's last year label is just before them). Of
 * two ticks too close together, the first of a segment wins over the one before it.
 */
export function getAxisTicks(
  scale: StoryScale,
  transform: ZoomTransform1D,
  viewport: number,
  language: Language,
  /** Pixels beyond each side of the viewport to fill with ticks too (see LayoutSizes). */
  overscan = 0,
  /** Where the viewport begins in the transform's pixels (see LayoutSizes). */
  viewLeft = 0,
): AxisTick[] {
  const from = viewLeft - overscan;
  const to = viewLeft + viewport + overscan;
  const ticks: AxisTick[] = [];
  const firstTicks = new Set<AxisTick>();
  for (const segment of scale.segments) {
    const p0 = transform.apply(segment.p0);
    const p1 = transform.apply(segment.p1);
    if (p1 < from || p0 > to) continue;
    const count = Math.max(1, Math.floor((p1 - p0) / TICK_SPACING));
    const local = scaleUtc().domain([segment.t0, segment.t1]).range([p0, p1]);
    const dates = local.ticks(count);
    const granularity = granularityOf(dates);
    let firstInSegment = true;
    dates.forEach((date) => {
      const x = local(date);
      if (x < from - TICK_SPACING || x > to + TICK_SPACING) return;
      const newYear =
        date.getUTCMonth() === 0 && (granularity === "month" || date.getUTCDate() === 1);
      const first = firstInSegment;
      const withYear = granularity !== "year" && (first || newYear);
      const label = tickFormatter(language, granularity, withYear).format(date);
      // Too close to the previous tick for both labels: one goes. A segment's first tick stays,
      // as it says where the axis resumes after a break (and in which year).
      let previous = ticks[ticks.length - 1];
      while (previous && x - previous.x < tickGap(previous.label, label)) {
        if (!first || firstTicks.has(previous)) return;
        ticks.pop();
        previous = ticks[ticks.length - 1];
      }
      const tick = { x, time: date.getTime(), label };
      if (first) firstTicks.add(tick);
      ticks.push(tick);
      // Until a tick of the segment is kept, the next one is its first (and says the year).
      firstInSegment = false;
    });
  }
  return ticks;
}
