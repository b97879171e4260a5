import { memo } from "react";
import {
  circlePath,
  diamondPath,
  linkSubpath,
  markerClass,
  SELECTED_MARKER_RADIUS,
} from "./marker-paths.ts";
import { plotKey, type PlotModel } from "./plot-model.ts";
import type { TimelineItem } from "./timeline-item.ts";

/**
 * The drawn part of the timeline: the context strip and annotation bands behind, the axis,
 * breaks, ticks, "now", period bars, markers and the lines to their labels, as the render
 * model places them. Decorative for assistive
 * technology: the labels are the buttons. Memoised on the model: a new selection redraws only
 * the selected marker on top (SelectedMark).
 */
export const TimelineAxis = memo(function TimelineAxis({ model }: { model: PlotModel }) {
  const { axis } = model;
  return (
    <svg
      className="tl-axis"
      width={model.width}
      height={model.height}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id="tl-fuzzy-start" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="currentColor" stopOpacity="0" />
          <stop offset="0.25" stopColor="currentColor" stopOpacity="1" />
        </linearGradient>
      </defs>
      {/* Behind everything: the compressed context, then the annotation bands. */}
      {model.context.strips.map((strip) => (
        <rect
          key={`context-${strip.x0}`}
          className="tl-context"
          x={strip.x0}
          y={0}
          width={strip.x1 - strip.x0}
          height={model.height}
        />
      ))}
      {model.context.edges.map((x) => (
        <line
          key={`edge-${x}`}
          className="tl-context__edge"
          x1={x}
          x2={x}
          y1={0}
          y2={model.height}
        />
      ))}
      {model.bands.map(({ id, band }) => (
        <g key={id} className="tl-band">
          <rect
            className="tl-band__fill"
            x={band.left}
            y={band.top}
            width={band.width}
            height={band.height}
          />
          <path
            className="tl-band__edge"
            d={`M${band.left} ${band.top}v${band.height}M${band.left + band.width} ${band.top}v${band.height}`}
          />
        </g>
      ))}
      <line className="tl-axis__line" x1={axis.x1} x2={axis.x2} y1={axis.y} y2={axis.y} />
      {model.breaks.map((b, i) => (
        <g
          key={`break-${i}`}
          className={b.onContext ? "tl-axis__break tl-axis__break--context" : "tl-axis__break"}
        >
          <rect x={b.x0 + 2} y={axis.y - 10} width={Math.max(0, b.x1 - b.x0 - 4)} height={20} />
          <path d={`M${b.x0 + 6} ${axis.y + 8} l6 -16 M${b.x1 - 12} ${axis.y + 8} l6 -16`} />
        </g>
      ))}
      {model.ticks.map((tick) => (
        <line
          key={`tick-${tick.time}`}
          className="tl-axis__tick"
          x1={tick.x}
          x2={tick.x}
          y1={axis.y}
          y2={axis.y + 6}
        />
      ))}
      {model.now && (
        <line className="tl-axis__now" x1={model.now.x} x2={model.now.x} y1={0} y2={model.height} />
      )}
      {model.spans.map((span) => (
        <rect
          key={span.id}
          data-span-bar={span.id}
          className={`tl-span${span.fuzzy ? " tl-span--fuzzy" : ""}`}
          x={span.bar.left}
          y={span.bar.top}
          width={span.bar.width}
          height={span.bar.height}
          rx={4}
        />
      ))}
      <path className="tl-link" d={model.links} />
      {model.markerGroups.map((group) => (
        <path
          key={`${group.deadline}-${group.fuzzy}-${group.solid}`}
          className={markerClass(group)}
          d={group.d}
        />
      ))}
    </svg>
  );
});

/**
 * The selected event drawn on top of the others: its bar, its line and a bigger marker. An
 * SVG of its own, so that selecting redraws this and not the whole axis.
 */
export function SelectedMark({
  model,
  selected,
  item,
}: {
  model: PlotModel;
  selected: string | null;
  item: TimelineItem | undefined;
}) {
  if (!selected || !item) return null;
  const marker = model.markers.find((m) => m.id === selected);
  const label = model.labels.find((l) => l.id === selected);
  const span = model.spans.find((s) => s.id === selected);
  if (!marker && !span) return null;
  const deadline = item.kind === "deadline";
  const y = model.axis.y;
  return (
    <svg
      className="tl-axis tl-axis--selected"
      width={model.width}
      height={model.height}
      aria-hidden="true"
      focusable="false"
    >
      {span && (
        <rect
          className={`tl-span${span.fuzzy ? " tl-span--fuzzy" : ""} is-selected`}
          x={span.bar.left}
          y={span.bar.top}
          width={span.bar.width}
          height={span.bar.height}
          rx={4}
        />
      )}
      {label && (
        <path
          className="tl-link is-selected"
          d={linkSubpath(
            { x: label.markerX, labelX: label.left, labelWidth: label.width, lane: label.lane },
            y,
            model.rows.lanesHeight,
          )}
        />
      )}
      {marker && (
        <path
          className={`${markerClass({ deadline, fuzzy: item.fuzzy, solid: item.status === "confirmed" })} is-selected`}
          d={(deadline ? diamondPath : circlePath)(marker.x, y, SELECTED_MARKER_RADIUS)}
        />
      )}
    </svg>
  );
}

/** One of the axis's words, where the render model put it, keyed for the zoom preview. */
function AxisWord(props: {
  plotKey: string;
  className: string;
  left: number;
  top: number;
  text: string;
}) {
  return (
    <span
      data-plot-key={props.plotKey}
      className={props.className}
      style={{ left: props.left, top: props.top }}
    >
      {props.text}
    </span>
  );
}

/**
 * The axis's words: tick labels, "now" and the context strip's word. HTML, not SVG text, because
 * Chrome lays SVG text out again whenever the drawing's transform changes, which the zoom
 * preview does. They ride along with a previewed zoom as the event labels do (see moveLayer).
 */
export const AxisLabels = memo(function AxisLabels({ model }: { model: PlotModel }) {
  return (
    <div className="tl-axis-labels" aria-hidden="true">
      {model.tickLabels.map((tick) => (
        <AxisWord
          key={tick.key}
          plotKey={tick.key}
          className={tick.onContext ? "tl-tick tl-tick--context" : "tl-tick"}
          left={tick.left}
          top={tick.top}
          text={tick.text}
        />
      ))}
      {model.now && (
        <AxisWord
          plotKey={plotKey.now}
          className="tl-now"
          left={model.now.label.left}
          top={model.now.label.top}
          text={model.now.label.text}
        />
      )}
      {model.context.label && (
        <AxisWord
          plotKey={plotKey.context}
          className="tl-context-label"
          left={model.context.label.left}
          top={model.context.label.top}
          text={model.context.label.text}
        />
      )}
    </div>
  );
});
