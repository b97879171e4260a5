import { createContext, useContext } from "react";
import type { DataPath, StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory, StudioProblem } from "@/features/studio/model/studio-problem.ts";

/** What every field needs and no field should be handed one by one. */
export interface FormContextValue {
  data: LooseStory;
  problems: readonly StudioProblem[];
  onEdit: (edits: readonly StoryEdit[]) => void;
  /** Says something politely to screen readers (the live region of StoryForms). */
  announce: (message: string) => void;
}

export const FormContext = createContext<FormContextValue>({
  data: {},
  problems: [],
  onEdit: () => {},
  announce: () => {},
});

export function useForm(): FormContextValue {
  return useContext(FormContext);
}

/** Shorthands for the three kinds of edit. */
export const edit = {
  set: (path: DataPath, value: unknown): StoryEdit => ({ kind: "set", path, value }),
  delete: (path: DataPath): StoryEdit => ({ kind: "delete", path }),
  insert: (path: DataPath, index: number, value: unknown): StoryEdit => ({
    kind: "insert",
    path,
    index,
    value,
  }),
};
