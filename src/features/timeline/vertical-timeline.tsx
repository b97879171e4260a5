import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatDuration } from "@/i18n/format-duration.ts";
import { formatDateRange } from "@/i18n/format-date.ts";
import { fillPlural, fillTemplate } from "@/i18n/messages.ts";
import {
  useReadingOrder,
  useIsSelectedEvent,
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import { getDateBounds } from "@/story/model/story-dates.ts";
import { countContextEvents } from "@/story/model/story-focus.ts";
import type { StoryEvent } from "@/story/model/types.ts";
import { isHydrated } from "@/ui/hydration.ts";
import { HydrateLater } from "@/ui/hydrate-later.tsx";
import { EventButton } from "./event-button.tsx";
import { EventCard } from "./event-card.tsx";
import { StatusKey } from "./status-key-view.tsx";
import { ThreadFilter } from "./thread-filter.tsx";
import { TimelineToolbar } from "./timeline-toolbar.tsx";
import { handleTimelineKey } from "./use-timeline-keys.ts";
import { useFocusRequest } from "./use-focus-request.ts";
import { getVerticalGaps, type VerticalGap } from "./vertical-gaps.ts";
import { ChunkedRows } from "./chunked-rows.tsx";
import { scrollIntoViewHere } from "@/ui/scroll-into-view.ts";
import { prefersReducedMotion } from "@/ui/hooks/use-media-query.ts";

interface RowProps {
  event: StoryEvent;
  gap: VerticalGap | undefined;
  /** The row Tab reaches while no shown event is selected. */
  firstRow: boolean;
}

/**
 * A row of the phone timeline. It subscribes to its own selection, as the list's items do, so a
 * tap re-renders the two rows whose answer changes, not every row. Rows that appear after the
 * first paint (a filter) fade in.
 */
const VerticalRow = memo(function VerticalRow({ event, gap, firstRow }: RowProps) {
  const lang = useLang();
  const messages = useMessages();
  const store = useStoryStore();
  const selected = useIsSelectedEvent(event.id);
  // Only the first row asks whether any shown event is selected, for the roving tab stop.
  const noneSelected = useStoryState((s) =>
    firstRow ? s.event === null || !s.positions.has(s.event) : false,
  );
  const [entering] = useState(isHydrated);
  // On Preact, each row hydrates as a part of its own, in turn (hydrate-later.tsx).
  return (
    <HydrateLater bare>
      <li className={rowClass(gap, selected, entering)}>
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
          selected={selected}
          tabStop={selected || (firstRow && noneSelected)}
          onSelect={(id) => store.getState().selectEvent(selected ? null : id)}
        />
        {selected && <EventCard event={event} inline />}
      </li>
    </HydrateLater>
  );
});

/** A row's classes: what it begins and ends with sets its margins (card-phone.css). */
function rowClass(gap: VerticalGap | undefined, open: boolean, entering: boolean): string {
  const begins = gap?.gap ? " vtl__item--break" : gap && gap.space > 0 ? " vtl__item--space" : "";
  return `vtl__item${begins}${open ? " vtl__item--open" : ""}${entering ? " vtl__item--entering" : ""}`;
}

/** Rows for a run of events, with the space above each. */
function rowsOf(
  events: readonly StoryEvent[],
  gapOf: (event: StoryEvent, i: number) => VerticalGap | undefined,
  firstId: string | undefined,
) {
  const gaps = events.map(gapOf);
  return {
    rows: events.map((event, i) => (
      <VerticalRow key={event.id} event={event} gap={gaps[i]} firstRow={event.id === firstId} />
    )),
    ids: events.map((event) => event.id),
    gaps,
  };
}

/** The years a run of events spans, in words ("2014–2025"). */
function yearsOf(events: readonly StoryEvent[], lang: ReturnType<typeof useLang>): string {
  const years = events.map((event) => getDateBounds(event.date));
  const from = new Date(Math.min(...years.map((y) => y.start))).getUTCFullYear();
  const to = new Date(Math.max(...years.map((y) => y.end - 1))).getUTCFullYear();
  return from === to ? String(from) : formatDateRange(String(from), String(to), lang);
}

/**
 * The phone timeline: vertical, scrolling with the page. Time between events becomes space,
 * long quiet stretches a break that says how long; the open event's card unfolds in place.
 *
 * The events before the story's focus (story-focus.ts) are folded into one line a reader can
 * open, so the first screen shows what the story is about (on the wide plot they are the
 * context strip). A native <details>: it opens without scripts, the browser's find opens it,
 * and it opens itself when the selection moves into it.
 */
export function VerticalTimeline() {
  const index = useStoryIndex();
  const lang = useLang();
  const messages = useMessages();
  const store = useStoryStore();
  const listRef = useRef<HTMLDivElement>(null);
  const order = useReadingOrder();
  const newestFirst = useStoryState((s) => s.newestFirst);
  const dated = useMemo(() => {
    const chronological = order.filter((event) => event.date.kind !== "undated");
    return newestFirst ? chronological.reverse() : chronological;
  }, [order, newestFirst]);
  const undated = useMemo(() => order.filter((event) => event.date.kind === "undated"), [order]);
  const gaps = useMemo(
    () => getVerticalGaps(dated.map((e) => getDateBounds(e.date).start)),
    [dated],
  );
  // The fold: the earliest events, first in date order, last when the newest come first.
  const folded = useMemo(() => {
    const chronological = newestFirst ? [...dated].reverse() : dated;
    const bounds = chronological.map((event) => getDateBounds(event.date));
    const count = countContextEvents(bounds, index.focus);
    // One folded event would hide as much as the line that names it: not worth a fold.
    return count >= 2 ? new Set(chronological.slice(0, count).map((e) => e.id)) : new Set();
  }, [dated, newestFirst, index]);
  // The fold is a run of `dated`: at its start, or at its end when the newest come first.
  const firstFolded = dated.findIndex((event) => folded.has(event.id));
  const foldedEvents = useMemo(
    () => (firstFolded === -1 ? [] : dated.slice(firstFolded, firstFolded + folded.size)),
    [dated, firstFolded, folded],
  );
  const selectedAtStart = useState(() => store.getState().event)[0];
  // Tab reaches the first event in view: one in a closed fold cannot take focus.
  const firstId = dated.find((event) => !folded.has(event.id))?.id ?? order[0]?.id;

  useFocusRequest(listRef, order);

  // The selected row scrolls into view (a step by key or by the card's buttons).
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const id = state.event;
        if (!id || id === previous.event) return;
        const reveal = () => {
          const row = listRef.current
            ?.querySelector(`[data-event-id="${CSS.escape(id)}"]`)
            ?.closest("li");
          if (!row) return false;
          const fold = row.closest("details");
          if (fold && !fold.open) fold.open = true;
          scrollIntoViewHere(row, {
            block: "nearest",
            behavior: prefersReducedMotion() ? "auto" : "smooth",
          });
          return true;
        };
        // In a long list the row's chunk may only be drawn by the render this change causes.
        if (!reveal()) requestAnimationFrame(reveal);
      }),
    [store],
  );

  // The rows in view, the fold's and the undated ones: long lists are drawn in chunks.
  // The fold stands first in date order, last when the newest come first.
  const foldFirst = firstFolded === 0;
  const main = useMemo(() => {
    const start = foldFirst ? folded.size : 0;
    const shown = dated.slice(start, firstFolded > 0 ? firstFolded : dated.length);
    // Right after the closed fold, the time since its last event is not shown as space.
    return rowsOf(shown, (_, j) => (j === 0 && start > 0 ? undefined : gaps[start + j]), firstId);
  }, [dated, folded, firstFolded, foldFirst, gaps, firstId]);
  const foldRows = useMemo(
    () => rowsOf(foldedEvents, (_, j) => gaps[firstFolded + j], firstId),
    [foldedEvents, gaps, firstFolded, firstId],
  );
  const undatedRows = useMemo(() => rowsOf(undated, () => undefined, firstId), [undated, firstId]);
  const fold = firstFolded !== -1 && (
    <li key="context" className="vtl__context">
      <details open={selectedAtStart !== null && folded.has(selectedAtStart)}>
        <summary className="vtl__context-summary">
          {fillPlural(messages.contextFolded, folded.size, lang, {
            years: yearsOf(foldedEvents, lang),
          })}
        </summary>
        <ol className="vtl__list vtl__list--context">
          <ChunkedRows {...foldRows} />
        </ol>
      </details>
    </li>
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const actions = store.getState();
    if (handleTimelineKey(event, actions)) event.preventDefault();
  };

  return (
    <div className="vtl" ref={listRef} onKeyDown={onKeyDown}>
      {/* On Preact, the filter and its tools hydrate as a part of their own. */}
      <HydrateLater bare>
        <ThreadFilter shown={order.length}>
          <TimelineToolbar />
        </ThreadFilter>
      </HydrateLater>
      <StatusKey />
      <ol className="vtl__list">
        {foldFirst && fold}
        <ChunkedRows {...main} />
        {!foldFirst && fold}
      </ol>
      {undated.length > 0 && (
        <>
          <p className="vtl__undated-title">{messages.undatedHeading}</p>
          <ul className="vtl__list vtl__list--undated">
            <ChunkedRows {...undatedRows} />
          </ul>
        </>
      )}
    </div>
  );
}
