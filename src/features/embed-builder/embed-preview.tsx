import { useEffect, useRef, useState } from "react";

/** One live preview of the embed at a given width, as tall as its content says it is. */
export function EmbedPreview({ src, width, title }: { src: string; width: number; title: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (
        event.source !== frameRef.current?.contentWindow ||
        event.origin !== window.location.origin
      )
        return;
      if (data?.type === "news-timeline:height" && typeof data.height === "number") {
        setHeight(Math.min(Math.max(data.height, 100), 4000));
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  return (
    <figure className="embed-preview" style={{ width }}>
      <figcaption>{title}</figcaption>
      <iframe
        ref={frameRef}
        src={src}
        title={title}
        width={width}
        height={height}
        className="embed-preview__frame"
      />
    </figure>
  );
}
