import { createContext, useContext } from "react";
import type { StoryView } from "@/lib/routes.ts";

/** Whether components render in the full page or in an embed (which has no page around it). */
export const ViewContext = createContext<StoryView>("page");

export function useView(): StoryView {
  return useContext(ViewContext);
}
