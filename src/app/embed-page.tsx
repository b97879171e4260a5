import { useEffect, useMemo, useSyncExternalStore } from "react";
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from "@/state/url-state.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { useDocumentLanguage } from "@/state/use-document-language.ts";
import { TimelineRegion } from "@/features/timeline/timeline-region.tsx";
import { PanelHost } from "./panel-host.tsx";
import { RegionBoundary } from "@/ui/region-boundary.tsx";
import { storyPath } from "@/lib/routes.ts";

// The embed's options are read once; a change of query inside the frame does not restyle it.
const noSubscription = () => () => {};

/**
 * The timeline as it appears inside someone else's article: no page chrome, the title only if
 * asked for, and always the credit and a way to the full story.
 */
export function EmbedPage() {
  const lang = useLang();
  const messages = useMessages();
  const { story } = useStoryIndex();
  // The query is only known in the browser; the server (and hydration) render the defaults.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  const options = useMemo(
    () => (search === null ? DEFAULT_EMBED_OPTIONS : parseEmbedOptions(search)),
    [search],
  );
  useDocumentLanguage(lang, `${story.title[lang]} – ${messages.timeline}`);

  useEffect(() => {
    if (options.theme === "auto") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = options.theme;
  }, [options.theme]);

  const storyHref = storyPath(story.slug, { lang, original: story.languages[0] });
  return (
    <>
      <main className="embed-page" lang={lang}>
        <h1 className={options.header ? "embed-page__title" : "visually-hidden"}>
          {story.title[lang]}
        </h1>
        <RegionBoundary>
          <TimelineRegion />
        </RegionBoundary>
        <PanelHost />
        <p className="embed-page__credit">
          {fillTemplate(messages.embedCredit, { publisher: story.credit.publisher })} ·{" "}
          <a href={storyHref} target="_blank" rel="noopener noreferrer">
            {messages.openFullStory}
          </a>
        </p>
      </main>
    </>
  );
}
