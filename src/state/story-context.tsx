import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useStore } from "zustand";
import { getMessages, type Messages } from "../i18n/messages.ts";
import type { StoryIndex } from "../story/story-index.ts";
import type { StoryState, StoryStore } from "./story-store.ts";

interface StoryContextValue {
  index: StoryIndex;
  store: StoryStore;
}

const StoryContext = createContext<StoryContextValue | null>(null);

export function StoryProvider({
  index,
  store,
  children,
}: StoryContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ index, store }), [index, store]);
  return <StoryContext.Provider value={value}>{children}</StoryContext.Provider>;
}

function useStoryContext(): StoryContextValue {
  const value = useContext(StoryContext);
  if (!value) throw new Error("Story components must be rendered inside <StoryProvider>.");
  return value;
}

export function useStoryIndex(): StoryIndex {
  return useStoryContext().index;
}

export function useStoryStore(): StoryStore {
  return useStoryContext().store;
}

/** Reads one value from this story's store: `useStoryState((s) => s.lang)`. */
export function useStoryState<T>(selector: (state: StoryState) => T): T {
  return useStore(useStoryContext().store, selector);
}

/** The UI strings in the reader's current language. */
export function useMessages(): Messages {
  return getMessages(useStoryState((s) => s.lang));
}
