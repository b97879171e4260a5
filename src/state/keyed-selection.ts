import type { StoreApi } from "zustand/vanilla";

export interface KeyedSelection {
  /** Calls `listener` whenever the selected key becomes, or stops being, `key`. */
  subscribe: (key: string, listener: () => void) => () => void;
}

const cache = new WeakMap<object, WeakMap<object, KeyedSelection>>();

/**
 * A selection that notifies by key: when the selected key changes from A to B, only the
 * listeners of A and B run, so a change costs the same with ten listeners or ten thousand.
 * One per store and selector, made on first use.
 */
export function keyedSelection<S>(
  store: StoreApi<S>,
  select: (state: S) => string | null,
): KeyedSelection {
  let bySelector = cache.get(store);
  if (!bySelector) cache.set(store, (bySelector = new WeakMap()));
  const existing = bySelector.get(select);
  if (existing) return existing;

  const listeners = new Map<string, Set<() => void>>();
  const notify = (key: string | null) => {
    if (key === null) return;
    for (const listener of listeners.get(key) ?? []) listener();
  };
  store.subscribe((state, previous) => {
    const next = select(state);
    const before = select(previous);
    if (next === before) return;
    notify(before);
    notify(next);
  });
  const selection: KeyedSelection = {
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
  bySelector.set(select, selection);
  return selection;
}
