import { memo, useMemo, type CSSProperties } from "react";
import { formatStoryDate } from "@/i18n/format-date.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { useLang, useMessages } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { FreshBadge } from "@/ui/event/fresh-badge.tsx";
import type { Box, TextBox } from "./plot-model.ts";

interface EventButtonProps {
  event: StoryEvent;
  selected: boolean;
  /** The one event in the timeline that Tab reaches (roving tab stop). */
  tabStop: boolean;
  onSelect: (id: string) => void;
  className?: string;
  /** Where the render model places it in the wide plot, and its key there (zoom preview). */
  box?: Box | TextBox;
  plotKey?: string;
  /**
   * Months in short words, for the eye (a card's line holds the date and the status word);
   * the button's name keeps the date in full.
   */
  shortDate?: boolean;
}

/**
 * An event on the timeline: a button named by its date, title and, unless it is confirmed, its
 * status ("…, ubekreftet"), that opens its card. What is only claimed must not read as fact,
 * to the eye or to a screen reader.
 */
function EventButtonView({
  event,
  selected,
  tabStop,
  onSelect,
  className,
  box,
  plotKey,
  shortDate = false,
}: EventButtonProps) {
  const lang = useLang();
  const messages = useMessages();
  const style = useMemo((): CSSProperties | undefined => {
    if (!box) return undefined;
    const { left, top, width, height } = box;
    // A period's words start where its bar does, if they fit (plot-labels.css).
    const inset = "inset" in box && box.inset > 0 ? { "--text-inset": `${box.inset}px` } : null;
    return { left, top, width, height, ...inset };
  }, [box]);
  return (
    <button
      type="button"
      data-event-id={event.id}
      data-plot-key={plotKey}
      className={`tl-event tl-event--${event.kind} tl-event--${event.status}${selected ? " is-selected" : ""} ${className ?? ""}`}
      style={style}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className="tl-event__date">
        <EventDate event={event} short={shortDate} />
        <FreshBadge event={event} />
      </span>{" "}
      <span className="tl-event__title">
        <span className="tl-event__words">{event.title[lang]}</span>
      </span>
      {event.status !== "confirmed" && (
        <>
          {/* Last in the name, after the title, with the name's own punctuation. The space
              outside the hidden span: browsers and jsdom then agree on the name. */}{" "}
          <span className="visually-hidden">
            {fillTemplate(messages.statusInName, { status: messages.statusWord[event.status] })}
          </span>
          {/* For the eye, beside the date (status-marks.css). */}
          <span
            className={`tl-event__status tl-status--${event.status}`}
            title={messages.statusHelp[event.status]}
            aria-hidden="true"
          >
            {messages.statusWord[event.status]}
          </span>
        </>
      )}
    </button>
  );
}

/**
 * The event's date and the space after it: in full, or short for the eye with the full words
 * for screen readers. One string when in full: two text nodes side by side would each need a
 * marker in the server's HTML.
 */
function EventDate({ event, short }: { event: StoryEvent; short: boolean }) {
  const lang = useLang();
  const full = formatStoryDate(event.date, lang);
  const shown = short ? formatStoryDate(event.date, lang, "short") : full;
  if (shown === full) return `${full} `;
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{full}</span>{" "}
    </>
  );
}

/** Whether two places in the plot are the same: a new layout makes new boxes for them all. */
const sameBox = (a: EventButtonProps["box"], b: EventButtonProps["box"]) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.left === b.left &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height &&
    ("inset" in a ? a.inset : 0) === ("inset" in b ? b.inset : 0));

/**
 * Memoised: the wide timeline re-renders at each new layout and selection; this need not, and
 * after a pan most labels keep their places (PlotView.laidAt), so their boxes are compared by
 * what they hold.
 */
export const EventButton = memo(
  EventButtonView,
  (before, after) =>
    sameBox(before.box, after.box) &&
    (Object.keys(after) as (keyof EventButtonProps)[]).every(
      (key) => key === "box" || before[key] === after[key],
    ) &&
    Object.keys(before).length === Object.keys(after).length,
);
