import { createContext, useContext } from "react";
import type { StoryView } from "@/lib/routes.ts";

/** Whether components render in the full page or in an embed (which has no page around it). */
export const ViewContext = createContext<StoryView>("page");

export function useView(): StoryView {
  return useContext(ViewContext);
}

/** The page of a long story's list this page is (`/<slug>/events/2016-03/`), or null. */
export const ListPageContext = createContext<string | null>(null);

export function useListPage(): string | null {
  return useContext(ListPageContext);
}

/** Whether this is an event's own page (`/<slug>/<event-id>/`), not the story's. */
export const EventPageContext = createContext(false);

export function useIsEventPage(): boolean {
  return useContext(EventPageContext);
}
