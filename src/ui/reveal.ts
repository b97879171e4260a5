/** Scrolls an element into view and moves keyboard focus to it, as following a link would. */
export function revealElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;
  element.scrollIntoView?.({ behavior: reduceMotion ? "auto" : "smooth", block: "start" });
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}

/** DOM ids of the things a URL can open, shared by links and the elements they point to. */
export const domIds = {
  event: (id: string) => `event-${id}`,
  explainer: (id: string) => `explainer-${id}`,
  viewpoint: (id: string) => `viewpoint-${id}`,
};
