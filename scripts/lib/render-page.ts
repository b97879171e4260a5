/**
 * One way to render a story's page or embed, for the build and the dev server alike, so that
 * `npm start` shows what production serves: the page's own language in a file of its own (all of
 * them in another), the start-after-paint script, and the Content-Security-Policy.
 */
import type { ShareImage } from "../../src/app/document-head.ts";
import type * as EntryServerModule from "../../src/app/entry-server.tsx";
import type { StoryView } from "../../src/lib/routes.ts";
import type { Story } from "../../src/story/model/story.ts";
import type { Language } from "../../src/story/model/vocabulary.ts";
import {
  EMBED_LOOK_SCRIPT,
  EMBED_LOOK_SCRIPT_HASH,
  type PreparedTemplate,
} from "./page-template.ts";

export type EntryServer = typeof EntryServerModule;

export interface PageOptions {
  siteUrl?: string | undefined;
  /** Where the story in every language is served (the page embeds only its own). */
  allLanguagesUrl: string;
  /** Where the page's own language is served: the page then carries no data, only this. */
  dataUrl?: string | undefined;
  /** The page's language (each language is a page of its own); the story's own by default. */
  lang?: Language | undefined;
  /** The story's version (version.json's hash), for live updates. */
  version?: string | undefined;
  /** The event whose own page this is (`/<slug>/<event-id>/`). */
  event?: string | undefined;
  /** The page's social card (scripts/lib/social-cards/); without one, the story's image. */
  shareImage?: ShareImage | undefined;
  /** The page of a long story's list this is (`/<slug>/events/<key>/`). */
  listPage?: string | undefined;
}

export function renderPage(
  entry: EntryServer,
  template: PreparedTemplate,
  story: Story,
  view: StoryView,
  { siteUrl, allLanguagesUrl, dataUrl, lang, version, event, shareImage, listPage }: PageOptions,
): string {
  const html = entry.renderStoryDocument(template.html, story, {
    view,
    siteUrl,
    allLanguagesUrl,
    dataUrl,
    lang,
    version,
    event,
    shareImage,
    listPage,
  });
  // Only an embed reads its look from its address before the first paint: a story page's
  // first response (14 KB at most) does without those 200 bytes, and without its hash.
  return view === "embed"
    ? html
    : html
        .replace(`<script>${EMBED_LOOK_SCRIPT}</script>`, "")
        .replace(` ${EMBED_LOOK_SCRIPT_HASH}`, "");
}
