import { select } from "d3-selection";
import type { animate } from "framer-motion";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { zoomTransform1D, type ZoomTransform1D } from "./zoom-transform.ts";

export const MAX_ZOOM = 400;

export interface TimelineZoom {
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
 * d3-zoom on the timeline's viewport: wheel, trackpad, drag and pinch, horizontal only. d3
 * owns the gesture; React only receives the resulting transform.
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  width: number,
  height: number,
  reducedMotion: boolean,
): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform1D>(() => zoomTransform1D());
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const stopGlide = useRef<(() => void) | null>(null);

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
      .on("start", () => stopGlide.current?.())
      .on("zoom", (event: { transform: { k: number; x: number } }) => {
        setTransform(zoomTransform1D(event.transform.k, event.transform.x));
      });
    behaviorRef.current = behavior;
    const selection = select(element);
    selection.call(behavior);
    return () => {
      selection.on(".zoom", null);
      behaviorRef.current = null;
    };
  }, [ref, width, height]);

  const apply = useCallback(
    (k: number, x: number) => {
      const element = ref.current;
      const behavior = behaviorRef.current;
      if (element && behavior)
        behavior.transform(select(element), zoomIdentity.translate(x, 0).scale(k));
      else setTransform(zoomTransform1D(k, x));
    },
    [ref],
  );

  const glide = useCallback(
    (k: number, x: number) => {
      stopGlide.current?.();
      if (reducedMotion) return apply(k, x);
      const from = { k: transform.k, x: transform.x };
      let cancelled = false;
      stopGlide.current = () => {
        cancelled = true;
      };
      void loadAnimate().then((animate) => {
        if (cancelled) return;
        const controls = animate(0, 1, {
          duration: 0.45,
          ease: [0.25, 0.1, 0.25, 1],
          onUpdate: (t: number) => {
            // Interpolate the zoom in log space so it feels even at every scale.
            const kt = Math.exp(Math.log(from.k) + (Math.log(k) - Math.log(from.k)) * t);
            apply(kt, from.x + (x - from.x) * t);
          },
        });
        stopGlide.current = () => controls.stop();
      });
    },
    [apply, reducedMotion, transform.k, transform.x],
  );

  const clampX = useCallback(
    (k: number, x: number) => Math.min(0, Math.max(width - width * k, x)),
    [width],
  );

  const centerOn = useCallback(
    (pixel: number, k = transform.k) => glide(k, clampX(k, width / 2 - pixel * k)),
    [clampX, glide, transform.k, width],
  );

  const zoomBy = useCallback(
    (factor: number, around?: number) => {
      const k = Math.min(MAX_ZOOM, Math.max(1, transform.k * factor));
      const centre = around ?? transform.invert(width / 2);
      glide(k, clampX(k, width / 2 - centre * k));
    },
    [clampX, glide, transform, width],
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
