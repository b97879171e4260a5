import { select } from "d3-selection";
import { zoom, type ZoomBehavior } from "d3-zoom";
import { isPlainWheel, wheelZoomDelta, zoomTakes, type ZoomInputEvent } from "./zoom-input.ts";
import { MAX_ZOOM } from "./zoom-targets.ts";
import { zoomTransform1D, type ZoomTransform1D } from "./zoom-transform.ts";

/** What the timeline hears of d3-zoom on its plot (use-timeline-zoom.ts). */
export interface ZoomHandlers {
  /** A plain wheel, which scrolls the page: the reader may want to know how to zoom. */
  onPlainWheel: () => void;
  /** A gesture of the reader's begins, even one begun while another runs. */
  onHandStart: () => void;
  /** The view moved: by the reader's hand, or by the code (a glide, a button). */
  onZoom: (transform: ZoomTransform1D, byHand: boolean) => void;
  /** The last of the reader's gestures under way has ended. */
  onHandsOff: () => void;
}

/**
 * Binds d3-zoom to the plot `element`, `width` × `height` px: Ctrl/⌘ + wheel, trackpad, drag
 * and pinch, horizontal only. The reader's gestures are counted: d3 ends a wheel gesture 150 ms
 * after its last turn, and a drag begun meanwhile is a gesture of its own, in the middle of
 * which that end comes, which is not yet the moment the reader has let go.
 */
export function bindZoom(
  element: HTMLElement,
  width: number,
  height: number,
  handlers: ZoomHandlers,
): { behavior: ZoomBehavior<HTMLElement, unknown>; unbind: () => void } {
  let handGestures = 0;
  const behavior = zoom<HTMLElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .filter((event: Event) => {
      if (isPlainWheel(event as ZoomInputEvent)) handlers.onPlainWheel();
      return zoomTakes(event as ZoomInputEvent);
    })
    .wheelDelta(wheelZoomDelta)
    .on("start", (event: { sourceEvent: Event | null }) => {
      if (!event.sourceEvent) return;
      handGestures += 1;
      handlers.onHandStart();
    })
    .on("zoom", (event: { transform: { k: number; x: number }; sourceEvent: Event | null }) => {
      // Once per drag, not on every frame of it.
      if (event.sourceEvent?.type === "mousemove" && !("panning" in element.dataset))
        element.dataset["panning"] = "";
      const { k, x } = event.transform;
      handlers.onZoom(zoomTransform1D(k, x), event.sourceEvent !== null);
    })
    .on("end", (event: { sourceEvent: Event | null }) => {
      if (!event.sourceEvent) return;
      // A glide's gesture, taken over by the reader's, ends with no "start" of theirs.
      handGestures = Math.max(0, handGestures - 1);
      if (handGestures > 0) return;
      delete element.dataset["panning"];
      handlers.onHandsOff();
    });
  const selection = select(element);
  selection.call(behavior);
  return { behavior, unbind: () => selection.on(".zoom", null) };
}
