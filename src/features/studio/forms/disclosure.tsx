import { useState, type ReactNode } from "react";

/**
 * A native <details> for an optional part of an entry (a quote, a picture): open from the
 * start when the part is there or has a problem, then as the journalist leaves it.
 */
export function Disclosure(props: {
  summary: string;
  initiallyOpen: boolean;
  children: ReactNode;
  className?: string | undefined;
}) {
  const [open, setOpen] = useState(props.initiallyOpen);
  return (
    <details
      className={`sf-disclosure ${props.className ?? ""}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{props.summary}</summary>
      {open && <div className="sf-disclosure__body">{props.children}</div>}
    </details>
  );
}
