import { renderToString } from "react-dom/server";
import { getDefaultState } from "@/state/initial-state.ts";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { renderDocumentHead, type ShareImage } from "./document-head.ts";
import { storyInLanguage } from "@/story/model/story-in-language.ts";
import { escapeHtml, serializeJsonForHtml } from "@/lib/html-escape.ts";
import type { StoryView } from "@/lib/routes.ts";
import { StoryRoot } from "./story-root.tsx";
import { getMessages } from "@/i18n/messages.ts";
import { recordIntlTexts } from "@/i18n/intl-texts.ts";
import { withoutShownDates } from "@/i18n/shown-dates.ts";

export const STORY_DATA_ID = "story-data";
/** The dates and lengths of time the page shows, as the server's Intl wrote them (intl-texts.ts). */
export const INTL_TEXTS_ID = "intl-texts";

/**
 * Renders a story into the HTML template: the whole readable page, its head tags and the story
 * data the browser hydrates from (inline, or the address of a file when `dataUrl` is given).
 */
export interface DocumentOptions {
  view?: StoryView;
  siteUrl?: string | undefined;
  /**
   * Where the story in every language is served (scripts/build.ts writes it). With it, the page
   * embeds only its own language's text, and loads the rest when a reader asks for it.
   */
  allLanguagesUrl?: string | undefined;
  /**
   * Where the page's own language is served (scripts/build.ts writes it). With it, the page
   * carries no story data at all, only this address: the data is fetched alongside the code,
   * so the first response holds the readable story and little else (issue 15's 14 KB).
   */
  dataUrl?: string | undefined;
  /** The page's language: each language is a page of its own (`/<slug>/en/`). */
  lang?: Language | undefined;
  /** The story's version (version.json's hash), for live updates. */
  version?: string | undefined;
  /** The event whose own page this is: rendered open, with that event's head tags. */
  event?: string | undefined;
  /** The social card a shared link shows (the build draws them); else the story's image. */
  shareImage?: ShareImage | undefined;
  /** The page of a long story's list this page shows (`/<slug>/events/2016-03/`). */
  listPage?: string | undefined;
}

export function renderStoryDocument(
  template: string,
  story: Story,
  {
    view = "page",
    siteUrl,
    allLanguagesUrl,
    dataUrl,
    lang,
    version,
    event,
    shareImage,
    listPage,
  }: DocumentOptions = {},
): string {
  const state = { ...getDefaultState(story), ...(lang && { lang }), ...(event && { event }) };
  const { result: html, texts } = recordIntlTexts(() =>
    renderToString(
      <StoryRoot
        story={story}
        initialState={state}
        syncUrl={false}
        view={view}
        listPage={listPage}
        eventPage={event !== undefined}
      />,
    ),
  );
  const source =
    (dataUrl ? ` data-src="${escapeHtml(dataUrl)}"` : "") +
    (allLanguagesUrl ? ` data-all-languages="${escapeHtml(allLanguagesUrl)}"` : "") +
    (version ? ` data-version="${escapeHtml(version)}"` : "");
  // Only a page that carries its data pays for picking its language out of the story: a long
  // story's build renders hundreds of pages, each of which only names its data file.
  const inline = dataUrl
    ? ""
    : serializeJsonForHtml(allLanguagesUrl ? storyInLanguage(story, state.lang) : story);
  const data = `<script type="application/json" id="${STORY_DATA_ID}"${source}>${inline}</script>`;
  // Ahead of the markup, whose dates then compress as references back to these (gzip looks
  // 32 KB back; the end of a page is further than that from its header and timeline).
  const intlTexts = `<script type="application/json" id="${INTL_TEXTS_ID}">${serializeJsonForHtml(withoutShownDates(texts, html, state.lang))}</script>`;
  const head = renderDocumentHead(story, {
    siteUrl,
    lang: state.lang,
    event,
    shareImage,
    listPage,
  });
  const root = `<div id="root" data-view="${view}" data-lang="${state.lang}"${listPage ? ` data-list-page="${escapeHtml(listPage)}"` : ""}${event ? " data-event-page" : ""} data-start-failed-text="${escapeHtml(getMessages(state.lang).storyFailed)}">`;
  // Replaced by functions: a replacement string reads "$&" or "$'" in a story's text as a
  // pattern (the matched text, the rest of the template), and would copy markup into the page.
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${state.lang}">`)
    .replace("<!--app-head-->", () => head)
    .replace('<div id="root">', () => intlTexts + root)
    .replace("<!--app-html-->", () => html)
    .replace("<!--app-data-->", () => data);
}
