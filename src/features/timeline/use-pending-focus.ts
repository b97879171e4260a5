import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { PlotModel } from "./plot-model.ts";

/** How long a focus request waits for its button: a glide takes 450 ms, a layout a few frames. */
const WAIT_MS = 2000;

/**
 * Focus for an event whose button only exists after a zoom lays the plot out again: a
 * cluster's badge zooms in and is gone, and its first event should have focus, not the page.
 * Until the event has a button, focus rests on the badge that still holds it (if any), so a
 * keyboard or screen reader user is never left on the page's body. The wait ends after
 * WAIT_MS, so a later zoom by hand never pulls focus back.
 */
export function usePendingFocus(
  container: RefObject<HTMLElement | null>,
  model: PlotModel,
): (id: string) => void {
  const pending = useRef<{ id: string; until: number } | null>(null);
  useEffect(() => {
    const want = pending.current;
    const root = container.current;
    if (!want || !root) return;
    if (performance.now() > want.until) {
      pending.current = null;
      return;
    }
    const button = root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(want.id)}"]`);
    if (button) {
      pending.current = null;
      button.focus({ preventScroll: true });
      return;
    }
    const cluster = model.clusters.find((c) => c.ids.includes(want.id));
    const badge =
      cluster && root.querySelector<HTMLElement>(`[data-plot-key="${CSS.escape(cluster.key)}"]`);
    badge?.focus({ preventScroll: true });
  }, [container, model]);
  return useCallback((id: string) => {
    pending.current = { id, until: performance.now() + WAIT_MS };
  }, []);
}
