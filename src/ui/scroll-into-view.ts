/**
 * Scrolls an element into view within this page only. In a frame (an embed), the browser's
 * scrollIntoView also scrolls every page around it: the host's article would jump under its
 * reader because the embed selected an event. There, only the frame's own document scrolls
 * (it rarely can: the loader sizes the frame to its content), and the host stays where it is.
 */
export function scrollIntoViewHere(
  element: Element,
  { block, behavior }: { block: "start" | "nearest"; behavior: ScrollBehavior },
): void {
  if (window.self === window.top) {
    element.scrollIntoView?.({ block, behavior });
    return;
  }
  scrollPageToShow(element, { block, behavior });
}

/**
 * Scrolls the page, and nothing inside it, until the element's top is in view ("nearest":
 * as little as that takes; its bottom too, where it fits). For the wide plot's buttons, whose
 * frame must not be scrolled sideways under its zoom: they take focus with preventScroll.
 */
export function scrollPageToShow(
  element: Element,
  { block, behavior }: { block: "start" | "nearest"; behavior: ScrollBehavior },
): void {
  // Room for a focus ring (it is drawn outside the box) between the element and the edge.
  const ring = 8;
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  const delta =
    block === "start" || top < ring
      ? top - ring
      : bottom > height - ring
        ? Math.min(bottom - height + ring, top - ring)
        : 0;
  if (delta !== 0) window.scrollBy({ top: delta, behavior });
}
