import { select } from "d3-selection";
import type { animate } from "framer-motion";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import {
  startTransition,
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from "react";
import { moveLayer, needsLayout, previewOf } from "./zoom-preview.ts";
import { zoomTransform1D, type ZoomTransform1D } from "./zoom-transform.ts";

export const MAX_ZOOM = 400;
/** How long a pan must have stopped before the plot is laid out again for where it stopped. */
const PAN_SETTLE_MS = 800;
/** The shortest time between two layouts in the middle of one gesture. */
const MIN_LAYOUT_GAP_MS = 250;

export interface TimelineZoom {
  /** The transform the plot is laid out for (it lags the gesture, see below). */
  transform: ZoomTransform1D;
  /** Zooms by `factor` around base pixel `around` (by default the viewport's centre). */
  zoomBy: (factor: number, around?: number) => void;
  fit: () => void;
  /** Moves so that base pixel `pixel` is in the centre, gliding unless motion is reduced. */
  centerOn: (pixel: number, k?: number) => void;
  /** Zooms so the base pixel range [p0, p1] fills most of the viewport. */
  zoomTo: (p0: number, p1: number) => void;
}

type Animate = typeof animate;
let animateModule: Promise<Animate> | undefined;
/** framer-motion's animate() is fetched on the first glide, not with the page. */
function loadAnimate(): Promise<Animate> {
  animateModule ??= import("framer-motion").then((m) => m.animate);
  return animateModule;
}

/**
 * d3-zoom on the timeline's viewport: wheel, trackpad, drag and pinch, horizontal only.
 *
 * A frame of a gesture must cost next to nothing, whatever the story's size, so React does not
 * render on every frame. The plot is laid out for one transform, with some overscan; while the
 * view moves, the layer holding it is only moved (and, while zooming, stretched) by CSS, which
 * the compositor does. React lays the plot out again, as a transition that yields to input,
 * when a gesture ends, when a glide lands, or when the view strays too far from the layout.
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  width: number,
  height: number,
  overscan: number,
  reducedMotion: boolean,
): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform1D>(() => zoomTransform1D());
  const live = useRef<ZoomTransform1D>(transform);
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const stopGlide = useRef<(() => void) | null>(null);
  const frame = useRef(0);
  const shownScale = useRef(1);
  const gliding = useRef(false);

  // The transform the DOM is laid out for: set once React has committed a layout, so that a
  // frame already scheduled never moves the layer relative to a layout that has gone.
  const laid = useRef<ZoomTransform1D>(transform);

  /** Moves the drawn layer from where it was laid out to where the view now is. */
  const paintPreview = useCallback(() => {
    frame.current = 0;
    const layer = layerRef.current;
    if (!layer) return;
    const { scale, shift } = previewOf(laid.current, live.current);
    moveLayer(layer, scale, shift, scale !== shownScale.current);
    shownScale.current = scale;
  }, [layerRef]);

  const lastCommit = useRef(0);
  const commit = useCallback(() => {
    const next = live.current;
    lastCommit.current = performance.now();
    startTransition(() => setTransform(next));
  }, []);

  // After a pan the moved layout is still right (the overscan was laid out too); laying it
  // out again can wait until the reader pauses. A zoom's stretched drawing cannot wait.
  const idleCommit = useRef<ReturnType<typeof setTimeout>>(undefined);
  const settle = useEffectEvent(() => {
    clearTimeout(idleCommit.current);
    const { scale, shift } = previewOf(transform, live.current);
    // A click on a label is a gesture that went nowhere: nothing to lay out.
    if (scale === 1 && shift === 0) return;
    if (scale !== 1 || needsLayout(transform, live.current, width, overscan)) commit();
    else idleCommit.current = setTimeout(commit, PAN_SETTLE_MS);
  });

  // After React has laid the plot out again, the preview is relative to the new layout.
  useLayoutEffect(() => {
    laid.current = transform;
    paintPreview();
  }, [transform, paintPreview]);

  const onZoom = useEffectEvent((next: ZoomTransform1D, gesture: boolean) => {
    live.current = next;
    if (!frame.current) frame.current = requestAnimationFrame(paintPreview);
    if (!gesture) return commit();
    // Mid-gesture, at most one layout per MIN_LAYOUT_GAP_MS: each costs a few frames, and for
    // the moment in between, a stretched drawing or an empty edge is the lesser harm.
    if (!needsLayout(transform, next, width, overscan)) return;
    if (performance.now() - lastCommit.current < MIN_LAYOUT_GAP_MS) return;
    commit();
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
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
      // Buttons inside the timeline keep their clicks; wheel, drag and pinch zoom and pan.
      .filter((event: Event) => {
        if (event.type === "dblclick") return false;
        const mouse = event as MouseEvent;
        return !mouse.button;
      })
      .on("start", (event: { sourceEvent: Event | null }) => {
        if (!event.sourceEvent) return;
        stopGlide.current?.();
        clearTimeout(idleCommit.current);
      })
      .on("zoom", (event: { transform: { k: number; x: number }; sourceEvent: Event | null }) => {
        // A glide sets the transform itself (no source event) and lays out when it lands.
        const gesture = event.sourceEvent !== null || gliding.current;
        onZoom(zoomTransform1D(event.transform.k, event.transform.x), gesture);
      })
      .on("end", (event: { sourceEvent: Event | null }) => {
        if (event.sourceEvent) settle();
      });
    behaviorRef.current = behavior;
    const selection = select(element);
    selection.call(behavior);
    return () => {
      selection.on(".zoom", null);
      behaviorRef.current = null;
    };
  }, [ref, width, height, commit]);

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

  const glide = useCallback(
    (k: number, x: number) => {
      stopGlide.current?.();
      if (reducedMotion) return apply(k, x);
      const from = { k: live.current.k, x: live.current.x };
      let cancelled = false;
      const land = () => {
        gliding.current = false;
        commit();
      };
      stopGlide.current = () => {
        cancelled = true;
        land();
      };
      void loadAnimate().then((animate) => {
        if (cancelled) return;
        gliding.current = true;
        const controls = animate(0, 1, {
          duration: 0.45,
          ease: [0.25, 0.1, 0.25, 1],
          onUpdate: (t: number) => {
            // Interpolate the zoom in log space so it feels even at every scale.
            const kt = Math.exp(Math.log(from.k) + (Math.log(k) - Math.log(from.k)) * t);
            apply(kt, from.x + (x - from.x) * t);
          },
          onComplete: land,
        });
        stopGlide.current = () => {
          controls.stop();
          land();
        };
      });
    },
    [apply, commit, reducedMotion],
  );

  const clampX = useCallback(
    (k: number, x: number) => Math.min(0, Math.max(width - width * k, x)),
    [width],
  );

  const centerOn = useCallback(
    (pixel: number, k?: number) => {
      const scale = k ?? live.current.k;
      glide(scale, clampX(scale, width / 2 - pixel * scale));
    },
    [clampX, glide, width],
  );

  const zoomBy = useCallback(
    (factor: number, around?: number) => {
      const k = Math.min(MAX_ZOOM, Math.max(1, live.current.k * factor));
      const centre = around ?? live.current.invert(width / 2);
      glide(k, clampX(k, width / 2 - centre * k));
    },
    [clampX, glide, width],
  );

  const fit = useCallback(() => glide(1, 0), [glide]);

  const zoomTo = useCallback(
    (p0: number, p1: number) => {
      const span = Math.max(p1 - p0, 1);
      const k = Math.min(MAX_ZOOM, Math.max(1, (width * 0.6) / span));
      glide(k, clampX(k, width / 2 - ((p0 + p1) / 2) * k));
    },
    [clampX, glide, width],
  );

  return { transform, zoomBy, fit, centerOn, zoomTo };
}
