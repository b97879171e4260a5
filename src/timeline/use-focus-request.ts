import { useEffect, type RefObject } from "react";

/**
 * Moves keyboard focus to the event button `id` inside `container` once it is rendered. The
 * timeline keeps only visible events in the DOM, so a button may appear a frame after the
 * keypress that selected it.
 */
export function useFocusRequest(
  container: RefObject<HTMLElement | null>,
  id: string | null,
  done: () => void,
  deps: readonly unknown[],
) {
  useEffect(() => {
    if (!id) return;
    const button = container.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (button) {
      button.focus({ preventScroll: true });
      done();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, ...deps]);
}
