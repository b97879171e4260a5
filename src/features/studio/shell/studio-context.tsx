import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { EditorApi } from "@/features/studio/editor/editor-api.ts";
import type { StudioState, StudioStore } from "./studio-store.ts";

export interface StudioContextValue {
  store: StudioStore;
  /** The code editor's history and cursor, once it is ready (null before). */
  editorRef: { current: EditorApi | null };
  /** Whether this studio runs on the dev server, which can save into the project. */
  canSaveToProject: boolean;
}

export const StudioContext = createContext<StudioContextValue | null>(null);

export function useStudioContext(): StudioContextValue {
  const value = useContext(StudioContext);
  if (!value) throw new Error("Studio components must be rendered inside <StudioContext>.");
  return value;
}

/** Reads one value from the studio's store: `useStudio((s) => s.text)`. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioContext().store, selector);
}
