import { select } from "d3-selection";
import "d3-transition";
import { zoomIdentity, type ZoomBehavior } from "d3-zoom";
import {
  startTransition,
  useCallback,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type RefObject,
} from "react";
import type { PlotSketch } from "./sketch/plot-sketch.ts";
import { keptX, moveLayer, needsLayout, previewOf } from "./zoom-preview.ts";
import { bindZoom } from "./zoom-behavior.ts";
import { centreOn, fitRange, zoomedBy } from "./zoom-targets.ts";
import { zoomTransform1D, type ZoomTransform1D } from "./zoom-transform.ts";

/** How long a pan must have stopped before the plot is laid out again for where it stopped. */
const PAN_SETTLE_MS = 800;
/**
 * How long the canvas stays after a gesture before React lays the plot out where it ended: a
 * reader zooming and panning in turns pays for one layout when they pause, not one a turn.
 * Meanwhile a click goes to what the canvas shows, and a key brings the buttons back at once.
 */
const SKETCH_SETTLE_MS = 600;
/** The shortest time between two layouts in the middle of one gesture. */
const MIN_LAYOUT_GAP_MS = 250;
/** How long a glide to an event or a zoom button's step takes. */
const GLIDE_MS = 450;

/** Picks a base pixel to zoom around, given those at the view's left and right edges. */
export type ZoomAround = (view: [number, number]) => number | undefined;

export interface TimelineZoom {
  /** The transform the plot is laid out for (it lags the gesture, see below). */
  transform: ZoomTransform1D;
  /**
   * The x to place the plot's elements by (PlotView.laidAt): the layout before's, while the
   * zoom stays the same, so a pan's new layout leaves what stays in view where it is.
   */
  laidAt: number;
  /** Zooms by `factor` around what `around` picks (by default the viewport's centre). */
  zoomBy: (factor: number, around?: ZoomAround) => void;
  fit: () => void;
  /** Moves so that base pixel `pixel` is in the centre, gliding unless motion is reduced. */
  centerOn: (pixel: number, k?: number) => void;
  /** Zooms so the base pixel range [p0, p1] fills most of the viewport. */
  zoomTo: (p0: number, p1: number) => void;
  /**
   * Tells the zoom that React has committed a layout for `transform`, placed by `laidAt`, with
   * labels at `lefts` (call it from a layout effect): a preview frame moves that layout,
   * never one gone.
   */
  laidOut: (transform: ZoomTransform1D, laidAt: number, lefts: ReadonlyMap<string, number>) => void;
  /** Lays the plot out now if the canvas stands in for it after a gesture (for keys, focus). */
  settleNow: () => void;
}

/**
 * d3-zoom on the timeline's viewport: Ctrl/⌘ + wheel, trackpad, drag and pinch, horizontal
 * only. A plain wheel scrolls the page, and calls `onPlainWheel` (to say how to zoom; keep it
 * stable, as a new one binds d3-zoom again).
 *
 * A frame of a gesture must cost next to nothing, whatever the story's size, so React does not
 * render on every frame. While the reader's own gesture runs, the plot is drawn on a canvas
 * (`sketch`, plot-sketch.ts), which lays out again by itself when the view strays from what it
 * drew; React lays the plot out once, as a transition that yields to input, when the reader
 * pauses after the gesture (or presses a key), and the DOM comes back once it has; a click in
 * the meantime goes to what the canvas shows. Without a canvas (forced colours), and for a glide,
 * the layer holding the plot's DOM, laid out with some overscan, is moved (and, while zooming,
 * stretched) by CSS, which the compositor does; React lays it out again when a glide lands or
 * when the view strays too far from the layout.
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  width: number,
  height: number,
  overscan: number,
  reducedMotion: boolean,
  onPlainWheel: () => void,
  sketch?: PlotSketch,
): TimelineZoom {
  const [{ transform, laidAt }, setLayout] = useState(() => {
    const start = zoomTransform1D();
    return { transform: start, laidAt: start.x };
  });
  const live = useRef<ZoomTransform1D>(transform);
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const stopGlide = useRef<(() => void) | null>(null);
  const frame = useRef(0);
  const shownScale = useRef(1);
  const gliding = useRef(false);
  // While the reader's gesture runs (from its first move to its end), and while the canvas
  // stands in for the DOM (from that first move until React has laid out where it ended).
  const inGesture = useRef(false);
  const sketching = useRef(false);

  // The transform the DOM is laid out for: set once React has committed a layout, so that a
  // frame already scheduled never moves the layer relative to a layout that has gone.
  const laid = useRef<ZoomTransform1D>(transform);
  const laidLefts = useRef<ReadonlyMap<string, number>>(new Map());

  /** Moves the drawn layer from where it was laid out to where the view now is. */
  const paintPreview = useCallback(() => {
    frame.current = 0;
    if (sketching.current) return sketch?.draw(live.current);
    const layer = layerRef.current;
    if (!layer) return;
    const { scale, shift } = previewOf(laid.current, live.current);
    moveLayer(layer, scale, shift, scale !== shownScale.current, laidLefts.current);
    shownScale.current = scale;
  }, [layerRef, sketch]);

  /** Shows the DOM again (if the canvas stood in for it), moved to where the view is. */
  const showLayer = useCallback(() => {
    if (sketching.current) {
      sketching.current = false;
      sketch?.stop();
    }
    paintPreview();
  }, [paintPreview, sketch]);

  const lastCommit = useRef(0);
  const commit = useCallback(() => {
    const next = live.current;
    lastCommit.current = performance.now();
    startTransition(() =>
      setLayout((before) => ({ transform: next, laidAt: keptX(before, next) })),
    );
  }, []);

  // After a pan the moved layout is still right (the overscan was laid out too); laying it
  // out again can wait until the reader pauses. A zoom's stretched drawing cannot wait.
  const idleCommit = useRef<ReturnType<typeof setTimeout>>(undefined);
  const settle = useEffectEvent(() => {
    inGesture.current = false;
    clearTimeout(idleCommit.current);
    const { scale, shift } = previewOf(transform, live.current);
    // A click on a label is a gesture that went nowhere: nothing to lay out.
    if (scale === 1 && shift === 0) return showLayer();
    const moved = scale === 1 && !needsLayout(transform, live.current, width, overscan);
    // A pan within what React laid out: the DOM, moved, shows what the canvas did.
    if (moved && !sketch?.drewOwnLayout()) {
      showLayer();
      idleCommit.current = setTimeout(commit, PAN_SETTLE_MS);
    } else if (sketching.current) idleCommit.current = setTimeout(commit, SKETCH_SETTLE_MS);
    else commit();
  });

  // A key pressed, or focus come, while the canvas stands in for the buttons: they are
  // needed now, where the view is.
  const settleNow = useCallback(() => {
    if (!sketching.current || inGesture.current) return;
    clearTimeout(idleCommit.current);
    commit();
  }, [commit]);

  // After React has laid the plot out again, the preview is relative to the new layout.
  const laidOut = useCallback(
    (layout: ZoomTransform1D, at: number, lefts: ReadonlyMap<string, number>) => {
      // Previews move the DOM from the pixels it was placed in.
      laid.current = at === layout.x ? layout : zoomTransform1D(layout.k, at);
      laidLefts.current = lefts;
      const view = live.current;
      // The DOM comes back once it shows where the view is, and the reader has let go.
      if (!inGesture.current && layout.k === view.k && layout.x === view.x) showLayer();
      else paintPreview();
    },
    [paintPreview, showLayer],
  );

  const onZoom = useEffectEvent((next: ZoomTransform1D, gesture: boolean, byHand: boolean) => {
    live.current = next;
    if (byHand && !sketching.current) sketching.current = sketch?.start() ?? false;
    if (byHand) inGesture.current = true;
    if (!frame.current) frame.current = requestAnimationFrame(paintPreview);
    if (!gesture) return commit();
    // The canvas lays out by itself; React waits for the gesture's end.
    if (sketching.current) return;
    // Mid-gesture, at most one layout per MIN_LAYOUT_GAP_MS: each costs a few frames, and for
    // the moment in between, a stretched drawing or an empty edge is the lesser harm.
    if (!needsLayout(transform, next, width, overscan)) return;
    if (performance.now() - lastCommit.current < MIN_LAYOUT_GAP_MS) return;
    commit();
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    const { behavior, unbind } = bindZoom(element, width, height, {
      onPlainWheel,
      onHandStart: () => {
        stopGlide.current?.();
        clearTimeout(idleCommit.current);
      },
      // A glide sets the transform itself (not by hand) and lays out when it lands.
      onZoom: (next, byHand) => onZoom(next, byHand || gliding.current, byHand),
      onHandsOff: () => settle(),
    });
    behaviorRef.current = behavior;
    return () => {
      unbind();
      behaviorRef.current = null;
    };
  }, [ref, width, height, commit, onPlainWheel]);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(idleCommit.current);
    },
    [],
  );

  const apply = useCallback(
    (k: number, x: number) => {
      const element = ref.current;
      const behavior = behaviorRef.current;
      if (element && behavior)
        behavior.transform(select(element), zoomIdentity.translate(x, 0).scale(k));
      else {
        live.current = zoomTransform1D(k, x);
        commit();
      }
    },
    [ref, commit],
  );

  // A glide is a d3 transition of the zoom itself (d3-zoom interpolates it smoothly): its
  // frames are previewed like a gesture's, and the plot is laid out once, where it lands.
  const glide = useCallback(
    (k: number, x: number) => {
      stopGlide.current?.();
      const element = ref.current;
      const behavior = behaviorRef.current;
      if (reducedMotion || !element || !behavior) return apply(k, x);
      const land = () => {
        if (!gliding.current) return;
        gliding.current = false;
        stopGlide.current = null;
        commit();
      };
      gliding.current = true;
      const transition = select(element).transition().duration(GLIDE_MS).on("end interrupt", land);
      transition.call(behavior.transform, zoomIdentity.translate(x, 0).scale(k));
      stopGlide.current = () => {
        select(element).interrupt();
        land();
      };
    },
    [apply, commit, reducedMotion, ref],
  );

  const centerOn = useCallback(
    (pixel: number, k?: number) => {
      const target = centreOn(pixel, k ?? live.current.k, width);
      glide(target.k, target.x);
    },
    [glide, width],
  );

  const zoomBy = useCallback(
    (factor: number, around?: ZoomAround) => {
      const target = zoomedBy(live.current, factor, width, around);
      glide(target.k, target.x);
    },
    [glide, width],
  );

  const fit = useCallback(() => glide(1, 0), [glide]);

  const zoomTo = useCallback(
    (p0: number, p1: number) => {
      const target = fitRange(p0, p1, width);
      glide(target.k, target.x);
    },
    [glide, width],
  );

  return { transform, laidAt, zoomBy, fit, centerOn, zoomTo, laidOut, settleNow };
}
