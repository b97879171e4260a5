import { memo } from "react";
import type { CSSProperties } from "react";
import { formatStoryDate } from "../i18n/format-date.ts";
import { useLang } from "../state/story-context.tsx";
import type { StoryEvent } from "../story/schema.ts";
import { FreshBadge } from "../events/fresh-badge.tsx";

interface EventButtonProps {
  event: StoryEvent;
  selected: boolean;
  /** The one event in the timeline that Tab reaches (roving tab stop). */
  tabStop: boolean;
  onSelect: (id: string) => void;
  className?: string;
  style?: CSSProperties;
}

/** An event on the timeline: a button named by its date and title, that opens its card. */
function EventButtonView({
  event,
  selected,
  tabStop,
  onSelect,
  className,
  style,
}: EventButtonProps) {
  const lang = useLang();
  return (
    <button
      type="button"
      data-event-id={event.id}
      className={`tl-event tl-event--${event.kind} tl-event--${event.status}${selected ? " is-selected" : ""} ${className ?? ""}`}
      style={style}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className="tl-event__date">
        {formatStoryDate(event.date, lang)} <FreshBadge event={event} />
      </span>{" "}
      <span className="tl-event__title">{event.title[lang]}</span>
    </button>
  );
}

/** Memoised: the wide timeline re-renders at each new layout and selection; this need not. */
export const EventButton = memo(EventButtonView);
