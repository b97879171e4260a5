import { NewestFirstToggle } from "@/ui/event/newest-first-toggle.tsx";
import { useMessages, useStoryState, useStoryStore } from "@/state/story-context.tsx";

/** What the wide timeline's zoom buttons do (each picks where it zooms around). */
export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * Zoom in, zoom out, show all, and jump to the latest event. The phone timeline has no zoom:
 * it starts from the beginning and can list the newest first instead. Newest first, its list
 * starts where "Latest" goes, so "Start from the beginning" (the bottom of that list) is left
 * out rather than kept as a second way to the same end.
 */
export function TimelineToolbar({ zoom }: { zoom?: ZoomControls }) {
  const messages = useMessages();
  const store = useStoryStore();
  const newestFirst = useStoryState((s) => s.newestFirst);
  return (
    <div className="tl-toolbar" role="group" aria-label={messages.timelineControls}>
      {zoom && (
        <>
          <button
            type="button"
            className="tl-tool"
            onClick={zoom.zoomIn}
            aria-label={messages.zoomIn}
            title={messages.zoomIn}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="tl-tool"
            onClick={zoom.zoomOut}
            aria-label={messages.zoomOut}
            title={messages.zoomOut}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="tl-tool tl-tool--text"
            onClick={zoom.fit}
            aria-label={messages.zoomFit}
          >
            {messages.zoomFitShort}
          </button>
        </>
      )}
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
        {messages.latestShort} <span aria-hidden="true">→|</span>
      </button>
    </div>
  );
}
