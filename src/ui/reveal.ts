import { prefersReducedMotion } from "./hooks/use-media-query.ts";
import { scrollIntoViewHere } from "./scroll-into-view.ts";

/** Scrolls an element into view and moves keyboard focus to it, as following a link would. */
export function revealElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const behavior = prefersReducedMotion() ? "auto" : "smooth";
  scrollIntoViewHere(element, { behavior, block: "start" });
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}
