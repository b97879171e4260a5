import { m } from "framer-motion";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useMessages } from "../state/story-context.tsx";
import { useView } from "../app/view-context.ts";
import { useMediaQuery } from "./hooks/use-media-query.ts";

interface SidePanelProps {
  /** Small label above the title: "Bakgrunn", "Ekspert". */
  kind: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A panel beside the timeline on wide screens and a bottom sheet on phones. Focus moves to its
 * title when it opens and back to where it was when it closes; Esc closes it.
 */
export function SidePanel({ kind, title, onClose, children }: SidePanelProps) {
  const messages = useMessages();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const phone = useMediaQuery("(max-width: 599px)");
  // An embed's frame is as tall as its content, so a fixed panel could open out of the
  // reader's sight: there the panel takes its place in the flow instead.
  const inline = useView() === "embed";

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus({ preventScroll: !inline });
    if (inline) headingRef.current?.scrollIntoView?.({ block: "nearest" });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the panel opens
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <m.div
      className={inline ? "side-panel side-panel--inline" : "side-panel"}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      initial={inline ? { opacity: 0 } : phone ? { y: "100%" } : { x: "100%" }}
      animate={inline ? { opacity: 1 } : phone ? { y: 0 } : { x: 0 }}
      exit={inline ? { opacity: 0 } : phone ? { y: "100%" } : { x: "100%" }}
      transition={{ type: "tween", duration: 0.25 }}
    >
      <div className="side-panel__header">
        <p className="side-panel__kind">{kind}</p>
        <button
          type="button"
          className="side-panel__close"
          onClick={onClose}
          aria-label={messages.close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={titleId} className="side-panel__title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <div className="side-panel__body">{children}</div>
    </m.div>
  );
}
