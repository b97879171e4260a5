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
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  const delta =
    block === "start" || top < 0 ? top : bottom > height ? Math.min(bottom - height, top) : 0;
  if (delta !== 0) window.scrollBy({ top: delta, behavior });
}
