import fc from "fast-check";
import type { TimelineItem } from "@/features/timeline/timeline-item.ts";

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const END = Date.UTC(2030, 0, 1);

/** A generated dated event: a point of a day, or a span of up to a few years. */
export const timelineItem = (id: number): fc.Arbitrary<TimelineItem> =>
  fc
    .record({
      start: fc.integer({ min: START / DAY, max: END / DAY }),
      days: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 1500 })),
      span: fc.boolean(),
    })
    .map(({ start, days, span }) => ({
      id: `e${id}`,
      start: start * DAY,
      end: (start + (span ? days : 1)) * DAY,
      span: span && days > 1,
      fuzzy: false,
      kind: "event" as const,
      status: "confirmed" as const,
    }));

/** A generated story's dated events: 1 to 120 of them, with bursts on the same days. */
export const timelineItems = fc
  .integer({ min: 1, max: 120 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => timelineItem(i))));
