import type { MouseEvent, ReactNode } from "react";
import { useLang, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";
import { nothingOpen, pickUrlState, serializeUrlState, type UrlState } from "@/state/url-state.ts";
import { storyPath } from "@/lib/routes.ts";
import { useListPage } from "@/state/view-context.ts";
import { revealElement } from "./reveal.ts";

interface StateLinkProps {
  /** What following the link opens, e.g. `{ explainer: "icc-maduro" }`. */
  change: Partial<UrlState>;
  /** The DOM id that the link's URL points at, for readers without JavaScript. */
  targetId: string;
  /** With JavaScript: the DOM id to scroll to and focus after opening, if any. */
  revealId?: string;
  children: ReactNode;
  className?: string;
}

/**
 * A real link (it works without JavaScript and can be opened in a new tab) that, with
 * JavaScript, changes the story's state in place instead of reloading the page.
 */
export function StateLink({ change, targetId, revealId, children, className }: StateLinkProps) {
  const store = useStoryStore();
  const { story } = useStoryIndex();
  const defaultLanguage = story.languages[0] ?? "nb";
  // The link's address names only what it opens (in the reader's language), not everything
  // else that is open: a story of thousands of events would otherwise re-render every link
  // whenever the reader selects anything.
  const lang = useLang();
  const target = { ...nothingOpen(lang), ...change };
  // A page of a long story's list has no timeline or panels: its links open the story's page.
  const listPage = useListPage();
  const page = listPage ? storyPath(story.slug, { lang, original: defaultLanguage }) : "";
  const href = `${page}${serializeUrlState(target, defaultLanguage) || "?"}#${targetId}`;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (listPage) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    store.getState().applyUrlState({ ...pickUrlState(store.getState()), ...change });
    if (revealId) revealElement(revealId);
  };

  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
