import type { KeyboardEvent } from "react";

export interface TimelineKeyActions {
  step: (delta: number) => void;
  first: () => void;
  last: () => void;
  zoomIn?: () => void;
  zoomOut?: () => void;
  fit?: () => void;
}

/**
 * ←/→ (and ↑/↓) step through events, Home/End jump to the ends, + and − zoom, 0 shows all.
 * Returns true when the key was used, so the caller can stop the browser's own handling.
 */
export function handleTimelineKey(event: KeyboardEvent, actions: TimelineKeyActions): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
      actions.step(1);
      return true;
    case "ArrowLeft":
    case "ArrowUp":
      actions.step(-1);
      return true;
    case "Home":
      actions.first();
      return true;
    case "End":
      actions.last();
      return true;
    case "+":
    case "=":
      actions.zoomIn?.();
      return Boolean(actions.zoomIn);
    case "-":
    case "_":
      actions.zoomOut?.();
      return Boolean(actions.zoomOut);
    case "0":
      actions.fit?.();
      return Boolean(actions.fit);
    default:
      return false;
  }
}
