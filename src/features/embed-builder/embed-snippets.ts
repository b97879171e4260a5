import { escapeHtml } from "@/lib/html-escape.ts";
import { nothingOpen, serializeUrlState, writeEmbedOptions } from "@/state/url-state.ts";
import type { Language } from "@/story/model/vocabulary.ts";

export interface EmbedChoices {
  /** "first", "latest", or an event id. */
  start: string;
  lang: Language;
  theme: "auto" | "light" | "dark";
  header: boolean;
}

/**
 * The embed URL for a journalist's choices. Defaults are left out so the URL stays short and
 * an embed follows the story's defaults if they ever change.
 */
export function buildEmbedUrl(
  embedBase: string,
  choices: EmbedChoices,
  defaultLanguage: Language,
): string {
  const url = new URL(embedBase);
  const start = choices.start === "first" || choices.start === "latest" ? choices.start : null;
  // The story's keys (event, lang) and the embed's own (start, theme, header), each written by
  // the one table that also reads them (state/url-state.ts).
  const opened = { ...nothingOpen(choices.lang), event: start ? null : choices.start };
  url.search = serializeUrlState(opened, defaultLanguage, url.search);
  writeEmbedOptions(url, { start, theme: choices.theme, header: choices.header });
  return url.href;
}

/** The recommended snippet: a div with a plain link (readable without scripts) and the loader. */
export function loaderSnippet(
  embedUrl: string,
  storyUrl: string,
  title: string,
  loaderUrl: string,
): string {
  return [
    `<div data-news-timeline="${escapeHtml(embedUrl)}">`,
    `  <a href="${escapeHtml(storyUrl)}">${escapeHtml(title)}</a>`,
    `</div>`,
    `<script async src="${escapeHtml(loaderUrl)}"></script>`,
  ].join("\n");
}

/**
 * For CMSs that strip scripts: a plain iframe of fixed height. It cannot follow the content's
 * height, so it is tall enough for the timeline and scrolls inside for the rest.
 */
export function iframeSnippet(embedUrl: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `style="border:0;display:block" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
    `allow="clipboard-write"></iframe>`
  );
}

/** A fixed height that shows a timeline's first screen on a phone and in a column. */
export const FIXED_IFRAME_HEIGHT = 820;
