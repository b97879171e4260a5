import type { ReactNode } from "react";
import { NewestFirstToggle } from "@/ui/event/newest-first-toggle.tsx";
import { useMessages, useStoryState, useStoryStore } from "@/state/story-context.tsx";

/**
 * The timeline's tools. The wide plot passes its zoom buttons (zoom-buttons.tsx) and gets
 * "Latest" after them. The phone timeline has no zoom: it starts from the beginning and can list
 * the newest first instead. Newest first, its list starts where "Latest" goes, so "Start from
 * the beginning" (the bottom of that list) is left out rather than kept as a second way to the
 * same end.
 */
export function TimelineToolbar({ zoom }: { zoom?: ReactNode }) {
  const messages = useMessages();
  const store = useStoryStore();
  const newestFirst = useStoryState((s) => s.newestFirst);
  return (
    <div className="tl-toolbar" role="group" aria-label={messages.timelineControls}>
      {zoom}
      {!zoom && !newestFirst && (
        <button
          type="button"
          className="tl-tool tl-tool--text"
          onClick={() => store.getState().first()}
        >
          {messages.start}
        </button>
      )}
      {!zoom && <NewestFirstToggle />}
      <button
        type="button"
        className="tl-tool tl-tool--text"
        onClick={() => store.getState().latest()}
        aria-label={messages.latest}
      >
        {/* One text node: text beside an expression costs a hydration marker in the HTML. */}
        {`${messages.latestShort} `}
        <span aria-hidden="true">→|</span>
      </button>
    </div>
  );
}
