import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from "react";
import { fillTemplate } from "../i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "../state/story-context.tsx";
import { mustParseDatePoint, startOfPoint } from "../story/date-point.ts";
import { useElementWidth } from "../ui/hooks/use-element-width.ts";
import { usePrefersReducedMotion } from "../ui/hooks/use-media-query.ts";
import { getAxisTicks } from "./axis-ticks.ts";
import { EventButton } from "./event-button.tsx";
import { EventCard } from "./event-card.tsx";
import { TitleCard } from "./title-card.tsx";
import { GEOMETRY, laneTop, plotRows } from "./timeline-geometry.ts";
import { AxisLabels, TimelineAxis } from "./timeline-axis.tsx";
import { createStoryScale } from "./time-scale.ts";
import { itemAnchor, toTimelineItems } from "./timeline-item.ts";
import { layoutPrepared, prepareItems } from "./timeline-layout.ts";
import { ThreadFilter } from "./thread-filter.tsx";
import { TimelineToolbar } from "./timeline-toolbar.tsx";
import { handleTimelineKey } from "./use-timeline-keys.ts";
import { useFocusRequest } from "./use-focus-request.ts";
import type { TimelineNavigation } from "./use-timeline-navigation.ts";
import { useTimelineZoom } from "./use-timeline-zoom.ts";
import { IDENTITY } from "./zoom-transform.ts";

/**
 * The wide-screen timeline: a horizontal axis that zooms and pans (d3-zoom), event labels in
 * lanes that never overlap, and the open event's card and the undated events beside it. Only
 * what is in view, and half a viewport either side, is in the DOM, and a gesture moves what is
 * drawn instead of drawing again (useTimelineZoom), so thousands of events stay smooth.
 */
export default function HorizontalTimeline({ navigation }: { navigation: TimelineNavigation }) {
  const index = useStoryIndex();
  const lang = useLang();
  const messages = useMessages();
  const reducedMotion = usePrefersReducedMotion();
  const frameRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const frameWidth = useElementWidth(frameRef);
  const { order, selected } = navigation;

  const shown = useMemo(() => new Set(order.map((e) => e.id)), [order]);
  const allItems = useMemo(() => toTimelineItems(index.datedEvents), [index]);
  const items = useMemo(() => allItems.filter((item) => shown.has(item.id)), [allItems, shown]);
  const itemsById = useMemo(() => new Map(allItems.map((i) => [i.id, i])), [allItems]);
  const undated = order.filter((event) => event.date.kind === "undated");

  // From about 900 px the card and the undated events sit in a column beside the plot, so the
  // open event is always in view with the timeline; narrower, they go below it.
  const sideColumn = frameWidth >= GEOMETRY.sideColumnFrom;
  const width = Math.max(
    0,
    frameWidth - (sideColumn ? GEOMETRY.sideColumn + GEOMETRY.columnGap : 0),
  );
  const selectedEvent = selected ? index.events.get(selected) : undefined;
  const now = index.story.now ?? index.story.credit.published.slice(0, 10);
  const nowTime = startOfPoint(mustParseDatePoint(now));

  // The scale is built from every dated event, so filtering threads does not move the axis.
  const scale = useMemo(
    () => createStoryScale({ intervals: allItems, marks: [nowTime], length: Math.max(width, 1) }),
    [allItems, nowTime, width],
  );
  const sizes = useMemo(
    () => ({
      viewport: width,
      labelWidth: GEOMETRY.labelWidth,
      maxLanes: GEOMETRY.maxLanes,
      maxSpanRows: GEOMETRY.maxSpanRows,
      // A span's label needs about as much room as its title; text is not measured in layout.
      spanLabelWidth: (id: string) =>
        Math.min(
          GEOMETRY.spanLabelWidth,
          24 + 7.4 * (index.events.get(id)?.title[lang].length ?? 20),
        ),
    }),
    [width, index, lang],
  );
  // The plot's height comes from the whole story seen at once, and stays while zooming.
  const preparedAll = useMemo(() => prepareItems(allItems, scale), [allItems, scale]);
  const prepared = useMemo(() => prepareItems(items, scale), [items, scale]);
  const fitLayout = useMemo(
    () => layoutPrepared(preparedAll, IDENTITY, sizes),
    [preparedAll, sizes],
  );
  const rows = plotRows(
    Math.max(GEOMETRY.minLanes, fitLayout.lanesUsed),
    Math.max(1, fitLayout.spanRowsUsed),
  );

  // Half a viewport is drawn beyond each side, so a pan moves what is drawn (see the hook).
  const overscan = Math.round(width / 2);
  const zoom = useTimelineZoom(plotRef, layerRef, width, rows.height, overscan, reducedMotion);
  const { transform } = zoom;
  const layout = useMemo(
    () =>
      layoutPrepared(prepared, transform, {
        ...sizes,
        overscan,
        maxLanes: Math.max(GEOMETRY.minLanes, fitLayout.lanesUsed),
      }),
    [prepared, transform, sizes, overscan, fitLayout.lanesUsed],
  );
  const ticks = useMemo(
    () => getAxisTicks(scale, transform, width, lang, overscan),
    [scale, transform, width, lang, overscan],
  );
  // Positions as style objects made once per layout, so the memoised buttons skip re-rendering
  // when only the selection changes.
  const pointStyles = useMemo(
    () =>
      new Map(
        layout.points.map((point) => [
          point.id,
          placeAt(
            point.labelX,
            laneTop(point.lane, rows.lanesHeight),
            GEOMETRY.labelWidth,
            GEOMETRY.cardHeight,
          ),
        ]),
      ),
    [layout, rows.lanesHeight],
  );
  const spanStyles = useMemo(
    () =>
      new Map(
        layout.spans.map((span) => {
          const right = Math.max(span.x1, span.labelX + GEOMETRY.spanLabelWidth);
          return [
            span.id,
            placeAt(
              span.labelX,
              rows.spansTop + span.row * GEOMETRY.spanRowHeight,
              // A label that starts in view ends in view; one in the overscan may run on.
              Math.min(right, (span.labelX < width ? width : width + overscan) - 4) - span.labelX,
              GEOMETRY.spanRowHeight - 2,
            ),
          ];
        }),
      ),
    [layout, rows.spansTop, width, overscan],
  );

  // Glide to the selected event whenever the selection changes.
  const selectedItem = selected ? itemsById.get(selected) : undefined;
  const { centerOn } = zoom;
  useEffect(() => {
    if (!selectedItem || width === 0) return;
    const anchor = selectedItem.span ? selectedItem.start : itemAnchor(selectedItem);
    centerOn(scale.toPixel(anchor));
    // Only a new selection (or a new width) moves the view; zooming by hand must not snap back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedItem, width, scale]);

  // Keyboard zoom keeps the selected event in view (and so keeps focus on it).
  const selectedPixel = selectedItem
    ? scale.toPixel(selectedItem.span ? selectedItem.start : itemAnchor(selectedItem))
    : undefined;

  useFocusRequest(frameRef, navigation.focusRequest, navigation.clearFocusRequest, [layout]);

  const rendered = [
    ...layout.points.map((p) => p.id),
    ...layout.spans.map((s) => s.id),
    ...undated.map((e) => e.id),
  ];
  const tabStop = selected && rendered.includes(selected) ? selected : rendered[0];

  const onKeyDown = (event: KeyboardEvent) => {
    const used = handleTimelineKey(event, {
      step: navigation.step,
      first: navigation.first,
      last: navigation.last,
      zoomIn: () => zoom.zoomBy(2, selectedPixel),
      zoomOut: () => zoom.zoomBy(0.5, selectedPixel),
      fit: zoom.fit,
    });
    if (used) event.preventDefault();
  };

  const nowX = transform.apply(scale.toPixel(nowTime));

  return (
    <div className="htl" onKeyDown={onKeyDown}>
      <div className="htl__header">
        <ThreadFilter shown={order.length} />
        {!sideColumn && <TimelineToolbar zoom={zoom} navigation={navigation} />}
      </div>
      <div className="htl__frame" ref={frameRef}>
        <div className="htl__plot" ref={plotRef} style={{ width, height: rows.height }}>
          {width > 0 && (
            <div className="htl__layer" ref={layerRef}>
              <TimelineAxis
                width={width}
                overscan={overscan}
                height={rows.height}
                rows={rows}
                layout={layout}
                ticks={ticks}
                scale={scale}
                transform={transform}
                items={itemsById}
                selected={selected}
                nowX={nowX}
              />
              <AxisLabels
                ticks={ticks}
                axisY={rows.axisY}
                nowX={nowX >= -overscan && nowX <= width + overscan ? nowX : null}
                nowLabel={messages.now}
              />
              {layout.points.map((point) => {
                const event = index.events.get(point.id);
                return event ? (
                  <EventButton
                    key={point.id}
                    event={event}
                    selected={point.id === selected}
                    tabStop={point.id === tabStop}
                    onSelect={navigation.select}
                    className="tl-event--card"
                    style={pointStyles.get(point.id)}
                  />
                ) : null;
              })}
              {layout.spans.map((span) => {
                const event = index.events.get(span.id);
                return event ? (
                  <EventButton
                    key={span.id}
                    event={event}
                    selected={span.id === selected}
                    tabStop={span.id === tabStop}
                    onSelect={navigation.select}
                    className="tl-event--span"
                    style={spanStyles.get(span.id)}
                  />
                ) : null;
              })}
              {layout.clusters.map((cluster) => (
                <button
                  key={`cluster-${cluster.ids[0]}`}
                  type="button"
                  className="tl-cluster"
                  tabIndex={-1}
                  style={placeAt(
                    Math.min(Math.max(cluster.x - 22, -overscan), width + overscan - 44),
                    rows.axisY - GEOMETRY.clusterRow,
                  )}
                  aria-label={fillTemplate(messages.clusterLabel, { count: cluster.ids.length })}
                  onClick={() => zoom.zoomTo(cluster.base0, cluster.base1)}
                >
                  +{cluster.ids.length}
                </button>
              ))}
            </div>
          )}
        </div>
        <div className={`htl__side${sideColumn ? " htl__side--column" : ""}`}>
          {sideColumn && <TimelineToolbar zoom={zoom} navigation={navigation} />}
          <div id="timeline-card">
            {selectedEvent ? (
              <EventCard event={selectedEvent} navigation={navigation} />
            ) : (
              <TitleCard navigation={navigation} />
            )}
          </div>
          {undated.length > 0 && (
            <div className="htl__undated">
              <p className="htl__undated-title">{messages.undatedHeading}</p>
              <ul>
                {undated.map((event) => (
                  <li key={event.id}>
                    <EventButton
                      event={event}
                      selected={event.id === selected}
                      tabStop={event.id === tabStop}
                      onSelect={navigation.select}
                      className="tl-event--undated"
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** An absolutely placed label (the zoom preview reads its `left`, see moveLayer). */
function placeAt(left: number, top: number, width?: number, height?: number): CSSProperties {
  return { left, top, width, height };
}
