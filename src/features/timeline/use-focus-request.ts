import { useEffect, type RefObject } from "react";
import { useStoryState, useStoryStore } from "@/state/story-context.tsx";
import { scrollPageToShow } from "@/ui/scroll-into-view.ts";

/**
 * Moves keyboard focus to the event button the store asks for (a keyboard step) once it is
 * rendered inside `container`. The timeline keeps only visible events in the DOM, so a button
 * may appear a frame after the keypress that selected it; `rendered` changes when it may have.
 * With `scrollPage`, the page scrolls to show it (an undated event below a narrow plot) and the
 * plot's frame never; the phone's timeline scrolls to a new selection itself, smoothly.
 */
export function useFocusRequest(
  container: RefObject<HTMLElement | null>,
  rendered: unknown,
  { scrollPage = false }: { scrollPage?: boolean } = {},
) {
  const store = useStoryStore();
  const id = useStoryState((s) => s.focusRequest);
  useEffect(() => {
    if (!id) return;
    const button = container.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (button) {
      button.focus({ preventScroll: true });
      if (scrollPage) scrollPageToShow(button, { block: "nearest", behavior: "auto" });
      store.getState().clearFocusRequest();
    }
  }, [id, rendered, container, store, scrollPage]);
}
