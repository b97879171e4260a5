import { useMessages } from "@/state/story-context.tsx";

/** What the wide timeline's zoom buttons do (each picks where it zooms around). */
export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * Zoom in, zoom out and show all: the wide plot's first tools. A file of its own so that only
 * the lazily loaded wide timeline carries them; phones never zoom.
 */
export function ZoomButtons({ zoom }: { zoom: ZoomControls }) {
  const messages = useMessages();
  return (
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
  );
}
