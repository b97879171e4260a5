import { scrollIntoViewHere } from "./scroll-into-view.ts";

/** Scrolls an element into view and moves keyboard focus to it, as following a link would. */
export function revealElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;
  scrollIntoViewHere(element, { behavior: reduceMotion ? "auto" : "smooth", block: "start" });
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}
