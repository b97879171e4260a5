import { memo, useMemo } from "react";
import { useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { statusesInUse } from "./status-key.ts";

/**
 * The key to the timeline's marks: a solid frame for what is confirmed, a dashed one and a
 * coloured word for what is only claimed. Drawn with the same classes as the event buttons,
 * so the key cannot drift from what it explains.
 */
function StatusKeyView() {
  const messages = useMessages();
  const index = useStoryIndex();
  const statuses = useMemo(() => statusesInUse(index.story.events), [index]);
  // One status needs no key: there is nothing to tell apart.
  if (statuses.length < 2) return null;
  return (
    <ul className="tl-key" aria-label={messages.statusKey}>
      {statuses.map((status) => (
        <li
          key={status}
          className={`tl-key__item tl-key__item--${status === "confirmed" ? "solid" : "claimed"}`}
          title={messages.statusHelp[status]}
        >
          <span className="tl-key__swatch" aria-hidden="true" />
          <span
            className={status === "confirmed" ? undefined : `tl-event__status tl-status--${status}`}
          >
            {messages.statusWord[status]}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Memoised: the wide timeline renders again on each selection, which changes nothing here. */
export const StatusKey = memo(StatusKeyView);
