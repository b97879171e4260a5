import type { AxisTick } from "./axis-ticks.ts";
import { GEOMETRY } from "./timeline-geometry.ts";
import {
  circlePath,
  diamondPath,
  linkSubpath,
  markerGroups,
  SELECTED_MARKER_RADIUS,
} from "./marker-paths.ts";
import type { StoryScale } from "./time-scale.ts";
import type { TimelineItem } from "./timeline-item.ts";
import type { TimelineLayout } from "./timeline-layout.ts";
import type { ZoomTransform1D } from "./zoom-transform.ts";

interface TimelineAxisProps {
  width: number;
  /** Pixels drawn beyond each side of the viewport (see LayoutSizes). */
  overscan: number;
  height: number;
  rows: { lanesHeight: number; axisY: number; spansTop: number };
  layout: TimelineLayout;
  ticks: AxisTick[];
  scale: StoryScale;
  transform: ZoomTransform1D;
  items: ReadonlyMap<string, TimelineItem>;
  selected: string | null;
  nowX: number | null;
}

/** The selected marker, as its own element: drawn bigger and on top of the others. */
function SelectedMarker({ x, y, item }: { x: number; y: number; item: TimelineItem }) {
  const deadline = item.kind === "deadline";
  return (
    <path
      className={`tl-marker${deadline ? " tl-marker--deadline" : ""}${item.fuzzy ? " tl-marker--fuzzy" : ""} is-selected`}
      d={(deadline ? diamondPath : circlePath)(x, y, SELECTED_MARKER_RADIUS)}
    />
  );
}

/**
 * The drawn part of the timeline: axis, breaks, ticks, "now", period bars, markers and the
 * lines to their labels. Decorative for assistive technology: the labels are the buttons.
 */
export function TimelineAxis(props: TimelineAxisProps) {
  const { width, overscan, height, rows, layout, ticks, scale, transform, items, selected } = props;
  const { axisY, spansTop, lanesHeight } = rows;
  const from = -overscan;
  const to = width + overscan;
  const selectedPoint = layout.points.find((point) => point.id === selected);
  const selectedMarker = layout.markers.find((marker) => marker.id === selected);
  const selectedItem = selected ? items.get(selected) : undefined;
  const breaks = scale.breaks
    .map((b) => ({ x0: transform.apply(b.p0), x1: transform.apply(b.p1) }))
    .filter((b) => b.x1 >= from && b.x0 <= to);

  return (
    <svg className="tl-axis" width={width} height={height} aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="tl-fuzzy-start" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="currentColor" stopOpacity="0" />
          <stop offset="0.25" stopColor="currentColor" stopOpacity="1" />
        </linearGradient>
      </defs>
      <line className="tl-axis__line" x1={from} x2={to} y1={axisY} y2={axisY} />
      {breaks.map((b, i) => (
        <g key={`break-${i}`} className="tl-axis__break">
          <rect x={b.x0 + 2} y={axisY - 10} width={Math.max(0, b.x1 - b.x0 - 4)} height={20} />
          <path d={`M${b.x0 + 6} ${axisY + 8} l6 -16 M${b.x1 - 12} ${axisY + 8} l6 -16`} />
        </g>
      ))}
      {ticks.map((tick) => (
        <line
          key={`tick-${tick.time}`}
          className="tl-axis__tick"
          x1={tick.x}
          x2={tick.x}
          y1={axisY}
          y2={axisY + 6}
        />
      ))}
      {props.nowX !== null && props.nowX >= from && props.nowX <= to && (
        <line className="tl-axis__now" x1={props.nowX} x2={props.nowX} y1={0} y2={height} />
      )}
      {layout.spans.map((span) => {
        const item = items.get(span.id);
        const y = spansTop + span.row * GEOMETRY.spanRowHeight;
        const x0 = Math.max(span.x0, from - 4);
        const x1 = Math.min(span.x1, to + 4);
        return (
          <rect
            key={span.id}
            className={`tl-span${item?.fuzzy ? " tl-span--fuzzy" : ""}${span.id === selected ? " is-selected" : ""}`}
            x={x0}
            y={y + 2}
            width={Math.max(2, x1 - x0)}
            height={GEOMETRY.spanRowHeight - 6}
            rx={4}
          />
        );
      })}
      <path
        className="tl-link"
        d={layout.points
          .filter((point) => point.id !== selected)
          .map((point) => linkSubpath(point, axisY, lanesHeight))
          .join("")}
      />
      {selectedPoint && (
        <path className="tl-link is-selected" d={linkSubpath(selectedPoint, axisY, lanesHeight)} />
      )}
      {markerGroups(layout.markers, items, axisY, selected).map((group) => (
        <path
          key={`${group.deadline}-${group.fuzzy}`}
          className={`tl-marker${group.deadline ? " tl-marker--deadline" : ""}${group.fuzzy ? " tl-marker--fuzzy" : ""}`}
          d={group.d}
        />
      ))}
      {selectedMarker && selectedItem && (
        <SelectedMarker x={selectedMarker.x} y={axisY} item={selectedItem} />
      )}
    </svg>
  );
}

/**
 * The axis's words: tick labels and "now". HTML, not SVG text, because Chrome lays SVG text
 * out again whenever the drawing's transform changes, which the zoom preview does. They ride
 * along with a previewed zoom as the event labels do (see moveLayer).
 */
export function AxisLabels({
  ticks,
  axisY,
  nowX,
  nowLabel,
}: {
  ticks: AxisTick[];
  axisY: number;
  nowX: number | null;
  nowLabel: string;
}) {
  return (
    <div className="tl-axis-labels" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.time} className="tl-tick" style={{ left: tick.x, top: axisY + 9 }}>
          {tick.label}
        </span>
      ))}
      {nowX !== null && (
        <span className="tl-now" style={{ left: nowX + 4, top: axisY - 20 }}>
          {nowLabel}
        </span>
      )}
    </div>
  );
}
