import { escapeHtml } from "@/lib/html-escape.ts";
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
  if (choices.start === "first" || choices.start === "latest")
    url.searchParams.set("start", choices.start);
  else url.searchParams.set("event", choices.start);
  if (choices.lang !== defaultLanguage) url.searchParams.set("lang", choices.lang);
  if (choices.theme !== "auto") url.searchParams.set("theme", choices.theme);
  if (!choices.header) url.searchParams.set("header", "0");
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
