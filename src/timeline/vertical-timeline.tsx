import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { formatDuration } from "../i18n/format-duration.ts";
import { fillTemplate } from "../i18n/messages.ts";
import { useLang, useMessages, useStoryState } from "../state/story-context.tsx";
import { getDateBounds } from "../story/story-dates.ts";
import { usePrefersReducedMotion } from "../ui/hooks/use-media-query.ts";
import { isHydrated } from "../ui/hydration.ts";
import { EventButton } from "./event-button.tsx";
import { EventCard } from "./event-card.tsx";
import { ThreadFilter } from "./thread-filter.tsx";
import { TimelineToolbar } from "./timeline-toolbar.tsx";
import { handleTimelineKey } from "./use-timeline-keys.ts";
import { useFocusRequest } from "./use-focus-request.ts";
import type { TimelineNavigation } from "./use-timeline-navigation.ts";
import { getVerticalGaps, type VerticalGap } from "./vertical-gaps.ts";

/** A row of the phone timeline; rows that appear after the first paint (a filter) fade in. */
function VerticalRow({ id, children }: { id: string; children: ReactNode }) {
  const [entering] = useState(isHydrated);
  return (
    <li data-row-id={id} className={entering ? "vtl__item vtl__item--entering" : "vtl__item"}>
      {children}
    </li>
  );
}

/**
 * The phone timeline: vertical, scrolling with the page. Time between events becomes space,
 * long quiet stretches a break that says how long; the open event's card unfolds in place.
 */
export function VerticalTimeline({ navigation }: { navigation: TimelineNavigation }) {
  const lang = useLang();
  const messages = useMessages();
  const reducedMotion = usePrefersReducedMotion();
  const listRef = useRef<HTMLDivElement>(null);
  const { order, selected } = navigation;
  const newestFirst = useStoryState((s) => s.newestFirst);
  const chronological = order.filter((event) => event.date.kind !== "undated");
  const dated = useMemo(
    () => (newestFirst ? [...chronological].reverse() : chronological),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- order changes with chronological
    [order, newestFirst],
  );
  const undated = order.filter((event) => event.date.kind === "undated");
  const gaps = useMemo(
    () => getVerticalGaps(dated.map((e) => getDateBounds(e.date).start)),
    [dated],
  );
  const tabStop = selected && order.some((e) => e.id === selected) ? selected : order[0]?.id;

  useFocusRequest(listRef, navigation.focusRequest, navigation.clearFocusRequest, [order]);

  useEffect(() => {
    if (!selected) return;
    const row = listRef.current?.querySelector(`[data-row-id="${CSS.escape(selected)}"]`);
    row?.scrollIntoView?.({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
  }, [selected, reducedMotion]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (handleTimelineKey(event, navigation)) event.preventDefault();
  };

  const row = (event: (typeof order)[number], gap?: VerticalGap) => (
    <VerticalRow key={event.id} id={event.id}>
      {gap?.gap && (
        <div className="vtl__break" aria-hidden="true">
          {fillTemplate(messages.gapLater, { duration: formatDuration(gap.gap, lang) })}
        </div>
      )}
      {gap && gap.space > 0 && (
        <div className="vtl__space" aria-hidden="true" style={{ height: gap.space }} />
      )}
      <EventButton
        event={event}
        selected={event.id === selected}
        tabStop={event.id === tabStop}
        onSelect={(id) => navigation.select(id === selected ? null : id)}
      />
      {event.id === selected && <EventCard event={event} navigation={navigation} inline />}
    </VerticalRow>
  );

  return (
    <div className="vtl" ref={listRef} onKeyDown={onKeyDown}>
      <ThreadFilter shown={order.length} />
      <TimelineToolbar navigation={navigation} />
      <ol className="vtl__list">{dated.map((event, i) => row(event, gaps[i]))}</ol>
      {undated.length > 0 && (
        <>
          <p className="vtl__undated-title">{messages.undatedHeading}</p>
          <ul className="vtl__list vtl__list--undated">{undated.map((event) => row(event))}</ul>
        </>
      )}
    </div>
  );
}
