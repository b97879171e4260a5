import { useMemo } from "react";
import { useLang, useStoryIndex } from "@/state/story-context.tsx";
import { openEvent } from "@/state/story-store.ts";
import { useStoryStateAfterPaint } from "@/state/use-story-state-after-paint.ts";
import { useDocumentLanguage } from "@/state/use-document-language.ts";
import { useListPage } from "@/state/view-context.ts";
import { pageTitle } from "./page-title.ts";

/**
 * The tab's title names the open event. A component of its own, rendering nothing: if the page
 * subscribed to the selection, every click would render the whole page again (2 s at 5,000
 * events on a slow machine, where a click must paint within 50 ms).
 */
export function DocumentTitle() {
  const lang = useLang();
  const index = useStoryIndex();
  const open = useStoryStateAfterPaint(openEvent);
  const event = open ? index.events.get(open) : undefined;
  const listPage = useListPage();
  const title = useMemo(
    () => pageTitle(index.story, lang, event, listPage),
    [index, lang, event, listPage],
  );
  useDocumentLanguage(lang, title);
  return null;
}
