import { afterNextPaint } from "@/lib/after-next-paint.ts";
import { extent } from "d3-array";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import {
  useReadingOrder,
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import { useElementWidth } from "@/ui/hooks/use-element-width.ts";
import { usePrefersReducedMotion } from "@/ui/hooks/use-media-query.ts";
import { afterRegionsHydrate } from "@/ui/hydrate-later.tsx";
import { scrollPageToShow } from "@/ui/scroll-into-view.ts";
import { PlotLayer } from "./plot-layer.tsx";
import type { PlotCluster } from "./plot-model.ts";
import { SideColumn } from "./side-column.tsx";
import { labelWords } from "./sketch/label-words.ts";
import { createPlotSketch } from "./sketch/plot-sketch.ts";
import { SketchFrame } from "./sketch/sketch-frame.tsx";
import type { SketchCanvases } from "./sketch/sketch-surface.ts";
import { StatusKey } from "./status-key-view.tsx";
import { ThreadFilter } from "./thread-filter.tsx";
import { GEOMETRY } from "./timeline-geometry.ts";
import { itemAnchor } from "./timeline-item.ts";
import { TimelineToolbar } from "./timeline-toolbar.tsx";
import { ZoomButtons, type ZoomControls } from "./zoom-buttons.tsx";
import { useFocusRequest } from "./use-focus-request.ts";
import { usePendingFocus } from "./use-pending-focus.ts";
import { usePrintWidth } from "./use-print-width.ts";
import { usePlotBase, usePlotModel } from "./use-plot-model.ts";
import { handleTimelineKey } from "./use-timeline-keys.ts";
import { useTimelineZoom } from "./use-timeline-zoom.ts";
import { zoomInAnchor } from "./zoom-anchor.ts";
import { useZoomHint, ZoomHint } from "./zoom-hint.tsx";
import "./styles/plot-axis.css";
import "./styles/plot-context.css";
import "./styles/plot-cards.css";

/**
 * The wide-screen timeline: a horizontal axis that zooms and pans (d3-zoom), event labels in
 * lanes that never overlap, and the open event's card and the undated events beside it. What
 * it draws comes from a render model (plot-model.ts); only what is in view, and half a
 * viewport either side, is in the DOM, and a gesture moves what is drawn instead of drawing
 * again (useTimelineZoom), so thousands of events stay smooth.
 */
export default function HorizontalTimeline() {
  const index = useStoryIndex();
  const lang = useLang();
  const messages = useMessages();
  const store = useStoryStore();
  const reducedMotion = usePrefersReducedMotion();
  const frameRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const canvasesRef = useRef<SketchCanvases>(null);
  const [sketch] = useState(createPlotSketch);
  // On paper the plot is laid out for the page's width, below the page's other parts.
  const printWidth = usePrintWidth();
  const screenWidth = useElementWidth(frameRef);
  const frameWidth = printWidth ?? screenWidth;
  const order = useReadingOrder();
  const selected = useStoryState((s) => s.event);

  // From about 900 px the card and the undated events sit in a column beside the plot, so the
  // open event is always in view with the timeline; narrower, they go below it.
  const sideColumn = frameWidth >= GEOMETRY.sideColumnFrom;
  const width = Math.max(
    0,
    frameWidth - (sideColumn ? GEOMETRY.sideColumn + GEOMETRY.columnGap : 0),
  );
  const base = usePlotBase(index, order, width, lang);
  const overscan = Math.round(width / 2);
  const hint = useZoomHint(reducedMotion);
  const zoom = useTimelineZoom(
    plotRef,
    layerRef,
    width,
    base.height,
    overscan,
    reducedMotion,
    hint.show,
    sketch,
  );
  const { laidOut, transform, laidAt } = zoom;
  const model = usePlotModel(base, transform, laidAt, width, lang, messages.now);
  const wordsOf = useMemo(() => labelWords(index, lang, messages), [index, lang, messages]);
  // Before laidOut: the sketch must have the layout React has just committed.
  useLayoutEffect(() =>
    sketch.update({
      base,
      model,
      transform,
      view: { width, lang, nowLabel: messages.now },
      wordsOf,
      selected,
      canvases: canvasesRef.current,
      layer: layerRef.current,
    }),
  );
  useLayoutEffect(
    () => laidOut(transform, laidAt, model.lefts),
    [laidOut, transform, laidAt, model],
  );
  const { zoomTo } = zoom;

  // Glide to the selected event whenever the selection changes.
  const selectedItem = selected ? base.items.get(selected) : undefined;
  const { centerOn } = zoom;
  useEffect(() => {
    if (!selectedItem || width === 0) return;
    const anchor = selectedItem.span ? selectedItem.start : itemAnchor(selectedItem);
    // Once the card is on screen: React runs a click's effects before the browser paints, and
    // starting the glide there (a d3 transition, the layer moved) held that paint for about
    // 5 ms at 4× CPU on the 5,000-event story. The glide starts a frame later instead.
    return afterNextPaint(() => centerOn(base.scale.toPixel(anchor)));
    // Only a new selection (or a new width) moves the view; zooming by hand must not snap back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedItem, width, base.scale]);

  // A theme filter fits the axis to that theme's events (at least a quarter of the plot, so
  // one event is not blown up); clearing it shows the whole story again. Not at the start:
  // the view opens on the story's focus.
  const threads = useStoryState((s) => s.threads);
  const { fit } = zoom;
  const shownThreads = useRef(threads);
  useEffect(() => {
    if (shownThreads.current === threads || width === 0) return;
    shownThreads.current = threads;
    const { points, spans } = base.prepared;
    const pixels = [...points.map((p) => p.base), ...spans.flatMap((s) => [s.base0, s.base1])];
    // extent, not Math.min(...pixels): a long story's pixels are too many for a spread.
    const [p0, p1] = extent(pixels);
    if (threads.length === 0 || p0 === undefined || p1 === undefined) return fit();
    const pad = Math.max(0, width / 4 - (p1 - p0)) / 2;
    zoomTo(p0 - pad, p1 + pad);
  }, [threads, base, width, fit, zoomTo]);

  // A link to an event, opened where the card sits below the plot (600–900 px): the page
  // scrolls to show the card, once, when the plot has its width and the card is drawn. The
  // address's event is applied once the page's parts have hydrated, which on Preact may come
  // after the plot has its width, and its card is drawn by the render that follows: the
  // page scrolls in the next frame, before it is painted.
  const cardShown = useRef(false);
  useEffect(() => {
    if (cardShown.current || width === 0) return;
    let frame = 0;
    const cancel = afterRegionsHydrate(() => {
      cardShown.current = true;
      frame = requestAnimationFrame(() => {
        const card = document.getElementById("timeline-card");
        if (!sideColumn && card && store.getState().event)
          scrollPageToShow(card, { block: "nearest", behavior: "auto" });
      });
    });
    return () => {
      cancel();
      cancelAnimationFrame(frame);
    };
  }, [width, sideColumn, store]);

  useFocusRequest(frameRef, model, { scrollPage: true });
  const focusWhenShown = usePendingFocus(plotRef, model);
  // Stable, so the memoised buttons are not drawn again for it.
  const onCluster = useCallback(
    (cluster: PlotCluster) => {
      focusWhenShown(cluster.ids[0] ?? "");
      zoomTo(cluster.base0, cluster.base1);
    },
    [focusWhenShown, zoomTo],
  );

  // A click on the canvas (which takes the pointer while it stands in for the buttons: a
  // gesture has just ended, React is laying them out) goes to what it shows.
  const onSketchClick = (event: MouseEvent<HTMLDivElement>) => {
    const onSketch = canvasesRef.current?.frame.contains(event.target as Node) ?? false;
    if (!onSketch && event.target !== event.currentTarget) return;
    const frame = event.currentTarget.getBoundingClientRect();
    const hit = sketch.hit({ x: event.clientX - frame.left, y: event.clientY - frame.top });
    if (hit && "event" in hit) store.getState().selectEvent(hit.event);
    else if (hit) onCluster(hit.cluster);
  };

  // Memoised: a long story's order is thousands of events, and a click re-renders this.
  const undated = useMemo(() => order.filter((event) => event.date.kind === "undated"), [order]);
  const rendered = [...model.rendered, ...undated.map((e) => e.id)];
  const tabStop = selected && rendered.includes(selected) ? selected : rendered[0];

  // + zooms around what matters: the selected event if it is in view, else the middle of the
  // events in view (zoomInAnchor). By key, the focused event counts as selected: zooming away
  // from it would take its button, and focus with it.
  const anchors = useMemo(
    () => [...base.prepared.points.map((p) => p.base), ...base.prepared.spans.map((s) => s.base0)],
    [base],
  );
  const pixelOf = (id: string | null | undefined) => {
    const item = id ? base.items.get(id) : undefined;
    return item && base.scale.toPixel(item.span ? item.start : itemAnchor(item));
  };
  const zoomIn = (prefer: string | null | undefined) =>
    zoom.zoomBy(2, (view) => zoomInAnchor(anchors, view, pixelOf(prefer)));
  const controls: ZoomControls = {
    zoomIn: () => zoomIn(selected),
    zoomOut: () => zoom.zoomBy(0.5),
    fit: zoom.fit,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    zoom.settleNow();
    const actions = store.getState();
    const focused = (event.target as HTMLElement).closest?.<HTMLElement>("[data-event-id]");
    const prefer = focused?.dataset["eventId"] ?? selected;
    const used = handleTimelineKey(event, {
      step: actions.step,
      first: actions.first,
      last: actions.last,
      zoomIn: () => zoomIn(prefer),
      zoomOut: () => zoom.zoomBy(0.5, () => pixelOf(prefer)),
      fit: zoom.fit,
    });
    if (used) event.preventDefault();
  };

  return (
    <div className="htl" onKeyDown={onKeyDown} onFocus={zoom.settleNow}>
      <div className="htl__header">
        <ThreadFilter shown={order.length} />
        {!sideColumn && <TimelineToolbar zoom={<ZoomButtons zoom={controls} />} />}
      </div>
      {/* Beside the plot when there is a column, so the plot keeps its place on the page. */}
      {!sideColumn && <StatusKey />}
      <div className="htl__frame" ref={frameRef}>
        {/* Its click only reaches what the canvas shows: keys reach the buttons themselves. */}
        <div
          className="htl__plot"
          ref={plotRef}
          style={{ width, height: base.height }}
          onClick={onSketchClick}
        >
          {width > 0 && (
            <div className="htl__layer" ref={layerRef}>
              <PlotLayer model={model} items={base.items} tabStop={tabStop} onCluster={onCluster} />
            </div>
          )}
          <SketchFrame canvasesRef={canvasesRef} />
          <ZoomHint phase={hint.phase} />
        </div>
        <SideColumn column={sideColumn} zoom={controls} undated={undated} tabStop={tabStop} />
      </div>
    </div>
  );
}
