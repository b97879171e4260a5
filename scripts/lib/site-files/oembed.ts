import { loaderSnippet } from "@/features/embed-builder/embed-snippets.ts";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";

export interface OembedOptions {
  /** The absolute URLs a CMS needs: the story page, its embed, the loader, the picture. */
  pageUrl: string;
  embedUrl: string;
  loaderUrl: string;
  thumbnailUrl: string | undefined;
  lang: Language;
  /** An event's page: the event's title (plain text) instead of the story's. */
  title?: string | null | undefined;
}

/** How tall an embed is before it reports its own height: a phone's first screen of it. */
export const OEMBED_HEIGHT = 820;

/**
 * `oembed.json`: what a CMS (WordPress, Drupal) needs to turn a pasted story URL into the
 * embed: type rich, the loader snippet as `html` (it works pasted into a blank page), and who
 * the reporting is by.
 */
export function oembedDocument(story: Story, options: OembedOptions) {
  const { lang } = options;
  return {
    type: "rich",
    version: "1.0",
    title: options.title ?? story.title[lang],
    provider_name: story.credit.publisher,
    provider_url: new URL(options.pageUrl).origin,
    author_name: story.credit.publisher,
    ...(story.credit.publisherUrl && { author_url: story.credit.publisherUrl }),
    width: 640,
    height: OEMBED_HEIGHT,
    ...(options.thumbnailUrl && {
      thumbnail_url: options.thumbnailUrl,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    }),
    html: loaderSnippet(
      options.embedUrl,
      options.pageUrl,
      options.title ?? story.title[lang],
      options.loaderUrl,
    ),
  };
}
