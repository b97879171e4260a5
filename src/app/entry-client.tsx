import { startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadAllLanguages, setAllLanguagesSource } from "@/state/all-languages.ts";
import { getDefaultState, getKnownIds } from "@/state/initial-state.ts";
import { readAddress } from "@/state/use-url-sync.ts";
import { languagesIn } from "@/story/model/story-in-language.ts";
import { loadPageStory, showStoryLoadError } from "./story-load.ts";
import { StoryRoot } from "./story-root.tsx";
import { hydrateWithRegionsHeld } from "@/ui/hydrate-later.tsx";
import type { Story } from "@/story/model/story.ts";
import { takeIntlTexts } from "@/i18n/intl-texts.ts";
import { shownDates } from "@/i18n/shown-dates.ts";
import { LANGUAGES } from "@/story/model/vocabulary.ts";
import "./styles/all.css";

// Must match STORY_DATA_ID and INTL_TEXTS_ID in entry-server.tsx (not imported, to keep
// react-dom/server out).
const rootElement = document.getElementById("root");
const storyData = document.getElementById("story-data");
const intlTexts = document.getElementById("intl-texts");

/** Hydrates the prerendered page once its story has arrived (the start-up script asked early). */
async function start(): Promise<Story | null> {
  takeServerTexts();
  const story = await loadPageStory(storyData);
  if (rootElement && story) {
    // The server rendered the page in its path's language (`/<slug>/en/`): hydration starts there.
    const pageLanguage = languagesIn(story).find((lang) => lang === rootElement.dataset["lang"]);
    const initialState = { ...getDefaultState(story), ...(pageLanguage && { lang: pageLanguage }) };
    const urlState = readAddress(getKnownIds(story), story.languages[0] ?? initialState.lang);
    setAllLanguagesSource(story.slug, storyData?.dataset["allLanguages"] ?? null);
    // A link to another language: its text starts loading now, alongside the hydration.
    if (!languagesIn(story).includes(urlState.lang)) void loadAllLanguages(story.slug);
    const view = rootElement.dataset.view === "embed" ? "embed" : "page";
    // As a transition, hydration works in slices and yields to the browser between them, instead
    // of holding the main thread for as long as the whole page takes (about 100 ms on a slow
    // phone). Built with Preact (README, "Two renderers"), whose startTransition runs at once,
    // the page's parts hydrate in turn instead, a few per task (hydrate-later.tsx). The story is
    // readable and scrollable all the while: it is already on screen.
    hydrateWithRegionsHeld(() =>
      startTransition(() => {
        hydrateRoot(
          rootElement,
          <StoryRoot
            story={story}
            initialState={initialState}
            urlState={urlState}
            view={view}
            version={storyData?.dataset["version"]}
            listPage={rootElement.dataset["listPage"]}
            eventPage={rootElement.dataset["eventPage"] !== undefined}
          />,
          {
            onRecoverableError: (error) =>
              console.warn("Recovered while starting the story:", error),
          },
        );
      }),
    );
  } else if (rootElement) {
    showStoryLoadError(rootElement);
  }
  return story;
}

/**
 * The dates and lengths of time as the server wrote them, so that hydrating makes no Intl
 * format (intl-texts.ts): those the page brought, and those its `<time>` elements show.
 */
function takeServerTexts(): void {
  takeIntlTexts(readJson(intlTexts));
  const lang = LANGUAGES.find((known) => known === rootElement?.dataset["lang"]);
  if (rootElement && lang) takeIntlTexts(shownDates(rootElement, lang));
}

/** The JSON in a script element, or undefined when it is missing or unreadable. */
function readJson(element: HTMLElement | null): unknown {
  try {
    return element?.textContent ? JSON.parse(element.textContent) : undefined;
  } catch {
    return undefined;
  }
}

const started = start();

// `npm start`: a change to a story's file reloads its pages (scripts/lib/vite-story-pages.ts).
if (import.meta.hot) {
  import.meta.hot.on("story-changed", (data: { slug?: string }) => {
    void started.then((story) => {
      if (!story || data.slug === story.slug) window.location.reload();
    });
  });
}
