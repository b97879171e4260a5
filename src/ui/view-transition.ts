import { flushSync } from "react-dom";
import { prefersReducedMotion } from "./hooks/use-media-query.ts";

type ViewTransitionDocument = Document & { startViewTransition?: (update: () => void) => unknown };

/**
 * Runs a state change inside the browser's View Transition, so events that leave or enter
 * (a theme filter, a new order) fade and slide instead of jumping: no animation library
 * needed. Instant where the browser lacks it or the reader asks for reduced motion.
 */
export function withViewTransition(update: () => void) {
  const doc = document as ViewTransitionDocument;
  if (!doc.startViewTransition || prefersReducedMotion()) {
    update();
    return;
  }
  doc.startViewTransition(() => flushSync(update));
}
