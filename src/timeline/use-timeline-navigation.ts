import { useCallback, useMemo, useState } from "react";
import { useStoryIndex, useStoryState, useStoryStore } from "../state/story-context.tsx";
import { getReadingOrder, latestEvent, stepEvent } from "../story/event-order.ts";
import type { StoryEvent } from "../story/schema.ts";

export interface TimelineNavigation {
  /** The events shown (after thread filters), in reading order. */
  order: StoryEvent[];
  selected: string | null;
  /** Selects an event; `focus` also moves keyboard focus to it (keyboard navigation). */
  select: (id: string | null, focus?: boolean) => void;
  step: (delta: number) => void;
  first: () => void;
  last: () => void;
  latest: () => void;
  focusRequest: string | null;
  clearFocusRequest: () => void;
}

/** Selection and stepping, shared by the wide (horizontal) and phone (vertical) timelines. */
export function useTimelineNavigation(): TimelineNavigation {
  const index = useStoryIndex();
  const store = useStoryStore();
  const threads = useStoryState((s) => s.threads);
  const selected = useStoryState((s) => s.event);
  const order = useMemo(() => getReadingOrder(index, threads), [index, threads]);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);

  const select = useCallback(
    (id: string | null, focus = false) => {
      store.getState().selectEvent(id);
      if (focus && id) setFocusRequest(id);
    },
    [store],
  );
  const step = useCallback(
    (delta: number) => {
      const id = stepEvent(order, selected, delta);
      if (id) select(id, true);
    },
    [order, select, selected],
  );

  return {
    order,
    selected,
    select,
    step,
    first: () => select(order[0]?.id ?? null, true),
    last: () => select(order.at(-1)?.id ?? null, true),
    latest: () => select(latestEvent(index, threads)?.id ?? null, true),
    focusRequest,
    clearFocusRequest: () => setFocusRequest(null),
  };
}
