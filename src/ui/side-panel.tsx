import { m } from "framer-motion";
import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from "react";
import { useMessages } from "@/state/story-context.tsx";
import { useView } from "@/state/view-context.ts";
import { usePhoneLayout } from "./hooks/use-media-query.ts";
import { scrollIntoViewHere } from "./scroll-into-view.ts";
import "./side-panel.css";

interface SidePanelProps {
  /** Small label above the title: "Bakgrunn", "Ekspert". */
  kind: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider on wide screens: for content side by side (the experts compared). */
  wide?: boolean;
}

/**
 * A panel beside the timeline on wide screens and a bottom sheet on phones: a native modal
 * `<dialog>`, so what it covers is inert, focus stays inside and Esc closes it, as the
 * browser does for any dialog. Focus moves to its title when it opens and back to where it
 * was when it closes. In an embed, whose frame is as tall as its content, a fixed panel could
 * open out of the reader's sight: there it is a non-modal dialog in the flow instead.
 */
export function SidePanel({ kind, title, onClose, children, wide = false }: SidePanelProps) {
  const messages = useMessages();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const phone = usePhoneLayout();
  const inline = useView() === "embed";

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (inline || typeof dialog.showModal !== "function") dialog.setAttribute("open", "");
      else dialog.showModal();
    }
    headingRef.current?.focus({ preventScroll: !inline });
    if (inline && headingRef.current)
      scrollIntoViewHere(headingRef.current, { block: "nearest", behavior: "auto" });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the panel opens
  }, []);

  // Esc: the browser would close the dialog itself; the story's state closes it instead, so
  // the URL and Back stay in step. The key is handled too, for a dialog shown without
  // showModal (an embed's, or an old browser's), which has no cancel event.
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose();
  };

  return (
    <m.dialog
      ref={dialogRef}
      className={`side-panel${inline ? " side-panel--inline" : ""}${wide ? " side-panel--wide" : ""}`}
      aria-labelledby={titleId}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
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
    </m.dialog>
  );
}
