import { useMessages, useStoryState, useStoryStore } from "@/state/story-context.tsx";
import { withViewTransition } from "@/ui/view-transition.ts";

/** Switches the list (and the phone timeline) between oldest first and newest first. */
export function NewestFirstToggle() {
  const messages = useMessages();
  const newestFirst = useStoryState((s) => s.newestFirst);
  const store = useStoryStore();
  return (
    <button
      type="button"
      className="tl-tool tl-tool--text events__order"
      aria-pressed={newestFirst}
      onClick={() => withViewTransition(() => store.getState().setNewestFirst(!newestFirst))}
    >
      {messages.newestFirst}
    </button>
  );
}
