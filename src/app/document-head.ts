import { LOCALE_TAGS } from "@/i18n/format-date.ts";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { escapeHtml, serializeJsonForHtml } from "@/lib/html-escape.ts";
import { plainText } from "@/lib/inline-markup.ts";
import { eventPath, listPagePath, storyPath } from "@/lib/routes.ts";
import { eventHeadline, pageTitle } from "./page-title.ts";

export interface HeadOptions {
  /** Where the site is published (no trailing slash); without it, links are root-relative. */
  siteUrl?: string | undefined;
  /** The page's language: each language is a page of its own, with its own address. */
  lang?: Language | undefined;
  /** The event whose own page this is (`/<slug>/<event-id>/`): its title, text and address. */
  event?: string | undefined;
  /**
   * The picture a shared link shows: the page's social card, drawn by the build (root-relative
   * path with the site's base, and its words as alt text). Without one, the story's own image.
   */
  shareImage?: ShareImage | undefined;
  /** The page of a long story's list this is (`/<slug>/events/<key>/`): its name and address. */
  listPage?: string | undefined;
}

export interface ShareImage {
  path: string;
  alt: string;
}

const tag = (name: string, attributes: Record<string, string>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
    .join(" ")}>`;

/**
 * The `<head>` tags of a story page in one language: title, description, its own canonical
 * link, the other languages' pages as alternates, and Open Graph and Twitter card tags.
 */
export function renderDocumentHead(
  story: Story,
  { siteUrl, lang: asked, event: eventId, shareImage, listPage }: HeadOptions,
): string {
  const original = story.languages[0] ?? "nb";
  const lang = asked ?? original;
  // Paths carry the site's base already (storyPath): only the origin comes from siteUrl.
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  // Only an event's page looks for its event: a long story's list pages are hundreds of pages.
  const event = eventId ? story.events.find((e) => e.id === eventId) : undefined;
  const pageIn = (language: string) =>
    absolute(
      event
        ? eventPath(story.slug, event.id, { lang: language, original })
        : listPage
          ? listPagePath(story.slug, listPage, { lang: language, original })
          : storyPath(story.slug, { lang: language, original }),
    );
  const pageUrl = pageIn(lang);
  // An event's page is shared as that event: its date and title, then the story it is part of.
  const headline = event ? eventHeadline(event, lang) : story.title[lang];
  const title = pageTitle(story, lang, event, listPage);
  const description = event?.text ? clip(plainText(event.text[lang]), 300) : story.summary[lang];
  const picture = shareImage ?? storyImage(story, lang);
  const image = picture && absolute(picture.path);

  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    tag("meta", { name: "description", content: description }),
    // An embed is the same story in someone else's page; its canonical link (the story page,
    // not itself) tells search engines which one to index. It is not `noindex`: a crawler
    // must be able to read the embed to follow that link and to credit the host's article.
    tag("link", { rel: "canonical", href: pageUrl }),
    ...story.languages.map((language) =>
      tag("link", {
        rel: "alternate",
        hreflang: language,
        href: pageIn(language),
      }),
    ),
    tag("link", { rel: "alternate", hreflang: "x-default", href: pageIn(original) }),
    // The story's events as a feed, and its oEmbed document for CMSs (both made by the build).
    tag("link", {
      rel: "alternate",
      type: "application/atom+xml",
      title: story.title[lang],
      href: `${absolute(storyPath(story.slug, { lang, original }))}feed.xml`,
    }),
    // oEmbed is made only where the site knows its own address (a CMS needs absolute URLs).
    ...(siteUrl
      ? [
          tag("link", {
            rel: "alternate",
            type: "application/json+oembed",
            title: story.title[lang],
            href: `${pageUrl}oembed.json`,
          }),
        ]
      : []),
    tag("meta", { property: "og:type", content: "article" }),
    tag("meta", { property: "og:title", content: headline }),
    tag("meta", { property: "og:description", content: description }),
    tag("meta", { property: "og:url", content: pageUrl }),
    tag("meta", { property: "og:locale", content: LOCALE_TAGS[lang].replace("-", "_") }),
    ...story.languages
      .filter((language) => language !== lang)
      .map((language) =>
        tag("meta", {
          property: "og:locale:alternate",
          content: LOCALE_TAGS[language].replace("-", "_"),
        }),
      ),
    tag("meta", { property: "article:published_time", content: story.published }),
    tag("meta", { property: "article:modified_time", content: story.updated }),
    // X reads the title and description from og:title and og:description: no copies here.
    tag("meta", { name: "twitter:card", content: image ? "summary_large_image" : "summary" }),
  ];
  if (image && picture) {
    tags.push(
      tag("meta", { property: "og:image", content: image }),
      tag("meta", { property: "og:image:alt", content: picture.alt }),
      tag("meta", { property: "og:image:width", content: "1200" }),
      tag("meta", { property: "og:image:height", content: "630" }),
      tag("meta", { name: "twitter:image", content: image }),
      tag("meta", { name: "twitter:image:alt", content: picture.alt }),
    );
  }
  tags.push(
    `<script type="application/ld+json">${serializeJsonForHtml(newsArticle(story, pageUrl, image, lang))}</script>`,
  );
  return tags.join("\n    ");
}

/** At most `max` characters, cut at a word with an ellipsis: a description, not the text. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** The story's own share picture (story.yaml `image`), 1200 × 630 like the cards. */
function storyImage(story: Story, lang: Language): ShareImage | undefined {
  if (!story.image) return undefined;
  return { path: `${storyPath(story.slug)}${story.image.file}`, alt: story.image.alt[lang] };
}

/**
 * schema.org NewsArticle for search engines, citing the original reporting it is built on. A
 * data block, not a script: the page's CSP (no inline script) does not apply to it.
 */
function newsArticle(story: Story, url: string, image: string | undefined, lang: Language) {
  const { credit } = story;
  const original = {
    "@type": "NewsArticle",
    headline: credit.title[credit.language],
    datePublished: credit.published,
    inLanguage: credit.language,
    publisher: {
      "@type": "Organization",
      name: credit.publisher,
      ...(credit.publisherUrl && { url: credit.publisherUrl }),
    },
    ...(credit.url && { url: credit.url }),
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.title[lang],
    description: story.summary[lang],
    inLanguage: lang,
    datePublished: story.published,
    dateModified: story.updated,
    mainEntityOfPage: url,
    ...(image && { image: [image] }),
    isBasedOn: original,
    citation: original,
  };
}
