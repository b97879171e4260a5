import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import { keyedSelection } from "@/state/keyed-selection.ts";

interface State {
  event: string | null;
  other: number;
}
const selectEvent = (state: State) => state.event;

function setup(keys: string[]) {
  const store = createStore<State>()(() => ({ event: null, other: 0 }));
  const calls = new Map(keys.map((key) => [key, 0]));
  const unsubscribe = keys.map((key) =>
    keyedSelection(store, selectEvent).subscribe(key, () => calls.set(key, calls.get(key)! + 1)),
  );
  return { store, calls, unsubscribe };
}

describe("keyedSelection", () => {
  it("tells only the key that was selected and the one that was", () => {
    const { store, calls } = setup(["a", "b", "c"]);
    store.setState({ event: "a" });
    expect(Object.fromEntries(calls)).toEqual({ a: 1, b: 0, c: 0 });
    store.setState({ event: "b" });
    expect(Object.fromEntries(calls)).toEqual({ a: 2, b: 1, c: 0 });
    store.setState({ event: null });
    expect(Object.fromEntries(calls)).toEqual({ a: 2, b: 2, c: 0 });
  });

  it("stays quiet when something else in the store changes", () => {
    const { store, calls } = setup(["a"]);
    store.setState({ event: "a" });
    store.setState({ other: 1 });
    expect(calls.get("a")).toBe(1);
  });

  it("stops telling a listener once it unsubscribes", () => {
    const { store, calls, unsubscribe } = setup(["a"]);
    unsubscribe[0]!();
    store.setState({ event: "a" });
    expect(calls.get("a")).toBe(0);
  });

  it("is one shared subscription per store and selector", () => {
    const { store } = setup([]);
    expect(keyedSelection(store, selectEvent)).toBe(keyedSelection(store, selectEvent));
  });

  it("notifies exactly the keys whose answer changed, for any sequence of selections", () => {
    const keys = ["a", "b", "c", "d"];
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...keys), { nil: null })), (sequence) => {
        const { store, calls } = setup(keys);
        const expected = new Map(keys.map((key) => [key, 0]));
        let current: string | null = null;
        for (const next of sequence) {
          if (next !== current) {
            for (const key of [current, next]) {
              if (key !== null) expected.set(key, expected.get(key)! + 1);
            }
          }
          store.setState({ event: next });
          current = next;
        }
        expect(calls).toEqual(expected);
      }),
    );
  });
});
