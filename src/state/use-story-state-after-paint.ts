import { useEffect, useState } from "react";
import { afterNextPaint } from "@/lib/after-next-paint.ts";
import { useStoryStore } from "./story-context.tsx";
import type { StoryState } from "./story-store.ts";

/**
 * Like `useStoryState`, for what a reader does not see change at once: the language links'
 * addresses, the tab's title, what a screen reader is told. Such a component is told of a
 * change after the click's paint, so a click renders only what it shows (at 5,000 events and
 * 4× CPU, these renders were a tenth of a click's work before its card was painted).
 *
 * `select` and `same` must be stable (defined outside the component).
 */
export function useStoryStateAfterPaint<T>(
  select: (state: StoryState) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStoryStore();
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    const update = () =>
      setValue((shown) => {
        const next = select(store.getState());
        return same(shown, next) ? shown : next;
      });
    // What changed between the first render and this effect (the address applied on start).
    update();
    let cancel: (() => void) | null = null;
    const unsubscribe = store.subscribe(() => {
      cancel ??= afterNextPaint(() => {
        cancel = null;
        update();
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store, select, same]);
  return value;
}
