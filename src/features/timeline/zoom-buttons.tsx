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
  // + and −, each named for screen readers and in a tooltip.
  const step = (label: string, sign: string, onClick: () => void) => (
    <button type="button" className="tl-tool" onClick={onClick} aria-label={label} title={label}>
      <span aria-hidden="true">{sign}</span>
    </button>
  );
  return (
    <>
      {step(messages.zoomIn, "+", zoom.zoomIn)}
      {step(messages.zoomOut, "−", zoom.zoomOut)}
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
