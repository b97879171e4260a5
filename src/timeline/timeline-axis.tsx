import { memo } from "react";
import type { AxisTick } from "./axis-ticks.ts";
import { GEOMETRY, laneTop } from "./timeline-geometry.ts";
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

const Marker = memo(function Marker({
  x,
  y,
  item,
  selected,
}: {
  x: number;
  y: number;
  item: TimelineItem;
  selected: boolean;
}) {
  const r = selected ? 8 : 6;
  const className = `tl-marker tl-marker--${item.kind} tl-marker--${item.status}${item.fuzzy ? " tl-marker--fuzzy" : ""}${selected ? " is-selected" : ""}`;
  if (item.kind === "deadline") {
    return (
      <rect
        className={className}
        x={x - r}
        y={y - r}
        width={r * 2}
        height={r * 2}
        transform={`rotate(45 ${x} ${y})`}
      />
    );
  }
  return <circle className={className} cx={x} cy={y} r={r} />;
});

/**
 * The drawn part of the timeline: axis, breaks, ticks, "now", period bars, markers and the
 * lines to their labels. Decorative for assistive technology: the labels are the buttons.
 */
export function TimelineAxis(props: TimelineAxisProps) {
  const { width, overscan, height, rows, layout, ticks, scale, transform, items, selected } = props;
  const { axisY, spansTop, lanesHeight } = rows;
  const from = -overscan;
  const to = width + overscan;
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
      {layout.points.map((point) => {
        const top = laneTop(point.lane, lanesHeight) + GEOMETRY.cardHeight;
        const anchorX = Math.min(
          Math.max(point.x, point.labelX + 6),
          point.labelX + GEOMETRY.labelWidth - 6,
        );
        return (
          <path
            key={`link-${point.id}`}
            className={`tl-link${point.id === selected ? " is-selected" : ""}`}
            d={`M${point.x} ${axisY - 6} L${point.x} ${top + 8} L${anchorX} ${top}`}
          />
        );
      })}
      {layout.markers.map((marker) => {
        const item = items.get(marker.id);
        return item ? (
          <Marker
            key={`marker-${marker.id}`}
            x={marker.x}
            y={axisY}
            item={item}
            selected={marker.id === selected}
          />
        ) : null;
      })}
    </svg>
  );
}

/**
 * The axis's words: tick labels and "now". HTML, not SVG text, because Chrome lays SVG text
 * out again whenever the drawing's transform changes, and the zoom preview changes it on
 * every frame. They ride along with a previewed zoom as the event labels do (see moveLayer).
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
