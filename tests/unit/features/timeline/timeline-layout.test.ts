import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStoryScale } from "@/features/timeline/time-scale.ts";
import { itemAnchor, toTimelineItems } from "@/features/timeline/timeline-item.ts";
import {
  layoutTimeline,
  type LayoutSizes,
  type PointLayout,
  type TimelineLayout,
} from "@/features/timeline/timeline-layout.ts";
import { IDENTITY, zoomTransform1D } from "@/features/timeline/zoom-transform.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";
import { timelineItems } from "./arbitraries.ts";

const DESKTOP: LayoutSizes = {
  viewport: 1232,
  labelWidth: 176,
  maxLanes: 6,
  maxSpanRows: 4,
  spanLabelWidth: 160,
};

describe("layoutTimeline on the first story at 1280 px", () => {
  const story = loadBundledStory();
  const items = toTimelineItems(story.events);
  const scale = createStoryScale({
    intervals: items,
    marks: [Date.UTC(2025, 11, 3)],
    length: DESKTOP.viewport,
  });
  const layout = layoutTimeline(items, scale, IDENTITY, DESKTOP);

  it("labels every dated event without zooming", () => {
    expect(layout.clusters).toEqual([]);
    expect(layout.points.length + layout.spans.length).toBe(items.length);
    expect(layout.spans.map((s) => s.id).sort()).toEqual(
      ["boat-strikes", "caribbean-build-up", "icc-alleged-crimes", "maduro-on-social-media"].sort(),
    );
  });

  it("stacks the six events of late November into lanes", () => {
    const late = [
      "trump-maduro-call",
      "deadline-28-november",
      "maduro-palace-speech",
      "experts-assess-standoff",
    ];
    const lanes = new Set(layout.points.filter((p) => late.includes(p.id)).map((p) => p.lane));
    expect(lanes.size).toBe(late.length);
  });
});

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

/** No two labels in one lane share any horizontal pixel. */
function expectNoLabelOverlaps(points: readonly PointLayout[]) {
  for (const a of points) {
    for (const b of points) {
      if (a === b || a.lane !== b.lane) continue;
      const boxA = { x0: a.labelX, x1: a.labelX + DESKTOP.labelWidth };
      const boxB = { x0: b.labelX, x1: b.labelX + DESKTOP.labelWidth };
      expect(overlaps(boxA, boxB)).toBe(false);
    }
  }
}

/**
 * A label whose marker is in view is pulled into the view at its edges, as far as a lane has
 * room for it there (it keeps its lane whatever the view): else it stays at its own place, its
 * lead of 12 px before its marker, cut by the edge.
 */
function expectInViewOrAtItsPlace(point: PointLayout) {
  if (Math.abs(point.labelX - (point.x - 12)) < 1e-6) return;
  expect(point.labelX).toBeGreaterThanOrEqual(-12);
  expect(point.labelX + DESKTOP.labelWidth).toBeLessThanOrEqual(DESKTOP.viewport);
}

describe("layoutTimeline properties on generated stories", () => {
  const zoom = fc.record({
    k: fc.double({ min: 1, max: 200, noNaN: true }),
    f: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  /**
   * Checks two layouts of a generated story at one zoom, each with its own sizes: `here`, and
   * `there`, the view panned by `pan` px (up to `maxPan` either way).
   */
  const forEveryPan = (
    maxPan: number,
    [hereSizes, thereSizes]: [LayoutSizes, LayoutSizes],
    check: (here: TimelineLayout, there: TimelineLayout, pan: number) => void,
  ) =>
    fc.assert(
      fc.property(
        timelineItems,
        zoom,
        fc.integer({ min: -maxPan, max: maxPan }),
        (items, { k, f }, pan) => {
          const scale = createStoryScale({ intervals: items, length: DESKTOP.viewport });
          const tx = -f * DESKTOP.viewport * (k - 1);
          const at = (x: number, sizes: LayoutSizes) =>
            layoutTimeline(items, scale, zoomTransform1D(k, x), sizes);
          check(at(tx, hereSizes), at(tx + pan, thereSizes), pan);
        },
      ),
      { numRuns: 150 },
    );

  it("keeps positions in time order, inside the plot, with no overlapping labels, deterministically", () => {
    fc.assert(
      fc.property(timelineItems, zoom, (items, { k, f }) => {
        const scale = createStoryScale({ intervals: items, length: DESKTOP.viewport });
        const transform = zoomTransform1D(k, -f * DESKTOP.viewport * (k - 1));
        const layout = layoutTimeline(items, scale, transform, DESKTOP);
        expect(layoutTimeline(items, scale, transform, DESKTOP)).toEqual(layout);

        const byId = new Map(items.map((i) => [i.id, i]));
        const markers = [...layout.markers].sort(
          (a, b) => itemAnchor(byId.get(a.id)!) - itemAnchor(byId.get(b.id)!),
        );
        for (let i = 1; i < markers.length; i++) {
          expect(markers[i]!.x).toBeGreaterThanOrEqual(markers[i - 1]!.x - 1e-6);
        }
        for (const point of layout.points) {
          expect(point.x).toBeGreaterThanOrEqual(0);
          expect(point.x).toBeLessThanOrEqual(DESKTOP.viewport);
          expectInViewOrAtItsPlace(point);
        }
        expectNoLabelOverlaps(layout.points);
        // Every visible point is either labelled or counted in a cluster.
        const accounted =
          layout.points.length + layout.clusters.reduce((n, c) => n + c.ids.length, 0);
        expect(accounted).toBeGreaterThanOrEqual(layout.markers.length);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps each label's lane and place when the view pans, or is laid out further beyond it", () => {
    const width = DESKTOP.viewport;
    const lead = 12;
    // A label well inside the view, at its own place: not pulled in at either edge.
    const atItsPlace = (x: number) => x - lead >= 8 && x - lead + DESKTOP.labelWidth <= width - 8;
    // The page's layout, and the canvas's own layout of a pan: reaching a viewport and a half.
    const sizes: [LayoutSizes, LayoutSizes] = [
      { ...DESKTOP, overscan: width / 2 },
      { ...DESKTOP, overscan: 1.5 * width },
    ];
    forEveryPan(600, sizes, (page, sketch, pan) => {
      const inSketch = new Map(sketch.points.map((p) => [p.id, p]));
      const inHidden = new Set(sketch.clusters.flatMap((c) => c.ids));
      for (const point of page.points) {
        if (!atItsPlace(point.x) || !atItsPlace(point.x + pan)) continue;
        const there = inSketch.get(point.id);
        expect(inHidden.has(point.id)).toBe(false);
        expect(there?.lane).toBe(point.lane);
        expect(there!.labelX).toBeCloseTo(point.labelX + pan, 6);
      }
    });
  });

  it("laid out for a picture a pan slides (labels not pulled in at the edges), keeps every label's lane and place in any view, periods' too", () => {
    const width = DESKTOP.viewport;
    const sizes = { ...DESKTOP, overscan: width, pullAtEdges: false };
    forEveryPan(900, [sizes, sizes], (here, there, pan) => {
      const placed = new Map(there.points.map((p) => [p.id, p]));
      const folded = new Set(there.clusters.flatMap((c) => c.ids));
      for (const point of here.points) {
        if (point.x + pan < -width || point.x + pan > 2 * width) continue;
        expect(folded.has(point.id)).toBe(false);
        expect(placed.get(point.id)?.lane).toBe(point.lane);
        expect(placed.get(point.id)!.labelX).toBeCloseTo(point.labelX + pan, 6);
      }
      // Periods too: each label where its period begins, as the picture had it.
      const rows = new Map(there.spans.map((s) => [s.id, s]));
      for (const span of here.spans) {
        const other = rows.get(span.id);
        if (!other) continue;
        expect(other.row).toBe(span.row);
        expect(other.labelX).toBeCloseTo(span.labelX + pan, 6);
      }
    });
  });

  it("never lets two periods in one row overlap, bars or labels, however their labels are moved in", () => {
    fc.assert(
      fc.property(timelineItems, zoom, (items, { k, f }) => {
        const scale = createStoryScale({ intervals: items, length: DESKTOP.viewport });
        const transform = zoomTransform1D(k, -f * DESKTOP.viewport * (k - 1));
        const overscan = DESKTOP.viewport / 2;
        const layout = layoutTimeline(items, scale, transform, { ...DESKTOP, overscan });
        const extent = layout.spans.map((s) => ({
          row: s.row,
          x0: Math.min(s.x0, s.labelX),
          x1: Math.max(s.x1, s.labelX + s.labelWidth),
        }));
        for (const a of extent)
          for (const b of extent)
            if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps each period's row, and each \"+N\" badge's events and place, when the view pans", () => {
    const width = DESKTOP.viewport;
    const reach = DESKTOP.labelWidth;
    const sizes = { ...DESKTOP, overscan: width / 2 };
    forEveryPan(600, [sizes, sizes], (before, after, pan) => {
      // Well inside both views: not moved in at an edge, nor near what is hidden there.
      const inside = (x0: number, x1: number) =>
        Math.min(x0, x0 + pan) >= 8 && Math.max(x1, x1 + pan) <= width - 8;
      const rows = new Map(after.spans.map((s) => [s.id, s]));
      for (const span of before.spans) {
        if (!inside(span.labelX, Math.max(span.x1, span.labelX + span.labelWidth))) continue;
        expect(rows.get(span.id)?.row).toBe(span.row);
        expect(rows.get(span.id)!.labelX).toBeCloseTo(span.labelX + pan, 6);
      }
      const badges = new Map(after.clusters.map((c) => [c.ids[0], c]));
      for (const badge of before.clusters) {
        if (!inside(badge.x, badge.x + 3 * reach)) continue;
        const there = badges.get(badge.ids[0]);
        expect(there?.ids).toEqual(badge.ids);
        expect(there!.x).toBeCloseTo(badge.x + pan, 6);
      }
    });
  });

  it("with overscan, also lays out what lies just outside, and keeps labels of what is in view inside it", () => {
    const overscan = DESKTOP.viewport / 2;
    fc.assert(
      fc.property(timelineItems, zoom, (items, { k, f }) => {
        const scale = createStoryScale({ intervals: items, length: DESKTOP.viewport });
        const transform = zoomTransform1D(k, -f * DESKTOP.viewport * (k - 1));
        const plain = layoutTimeline(items, scale, transform, DESKTOP);
        const wide = layoutTimeline(items, scale, transform, { ...DESKTOP, overscan });

        const wideMarkers = new Set(wide.markers.map((m) => m.id));
        const accounted = new Set([
          ...wide.points.map((p) => p.id),
          ...wide.clusters.flatMap((c) => c.ids),
        ]);
        for (const marker of plain.markers)
          expect(accounted.has(marker.id) || wideMarkers.has(marker.id)).toBe(true);
        for (const point of wide.points) {
          expect(point.x).toBeGreaterThanOrEqual(-overscan);
          expect(point.x).toBeLessThanOrEqual(DESKTOP.viewport + overscan);
          if (point.x >= 0 && point.x <= DESKTOP.viewport) {
            expectInViewOrAtItsPlace(point);
          }
        }
        expectNoLabelOverlaps(wide.points);
      }),
      { numRuns: 100 },
    );
  });
});
