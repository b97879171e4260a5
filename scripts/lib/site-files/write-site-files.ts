import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { eventPath, listPagePath, storyPath } from "@/lib/routes.ts";
import { listPageKeys } from "@/features/events/list-pages.ts";
import { hasEventPages } from "@/story/model/event-pages.ts";
import type { Story } from "@/story/model/story.ts";
import type { SiteConfig } from "@/story/authoring/site-schema.ts";
import type { BuiltCards } from "../social-cards/build-step.ts";
import { headersFile } from "../headers-file.ts";
import { atomFeed } from "./atom-feed.ts";
import { notFoundPage } from "./not-found-page.ts";
import { oembedDocument } from "./oembed.ts";
import { robotsTxt, siteMap } from "./site-map.ts";
import { versionFile } from "./version-file.ts";

export interface SiteFilesInput {
  dist: string;
  stories: readonly Story[];
  site: SiteConfig;
  siteUrl: string | undefined;
  base: string;
  /** Each story's data file in every language (scripts/build.ts writes them). */
  dataUrls: ReadonlyMap<string, string>;
  cards: BuiltCards;
}

/**
 * The files beside the pages, written once the pages are: a feed per story and language,
 * oEmbed for CMSs (per story and event page), the version an open page checks for updates,
 * the site map, robots.txt, the 404 page, and the headers a static host should send (the
 * embeds left frameable).
 */
export function writeSiteFiles({
  dist,
  stories,
  site,
  siteUrl,
  base,
  dataUrls,
  cards,
}: SiteFilesInput): void {
  // What travels beyond the page: a feed per story and language, oEmbed for CMSs, the version
  // an open page checks for updates, and the site's map.
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  const mapped: { url: string; updated: string }[] = [];
  for (const story of stories) {
    const original = story.languages[0];
    writeFileSync(
      join(dist, story.slug, "version.json"),
      JSON.stringify(versionFile(story, dataUrls.get(story.slug) ?? "")),
    );
    for (const lang of story.languages) {
      const at = join(story.slug, lang === original ? "" : lang);
      writeFileSync(join(dist, at, "feed.xml"), atomFeed(story, { siteUrl, base, lang }));
      if (!siteUrl) continue; // oEmbed and the site map need absolute URLs: no siteUrl, none.
      const embed = absolute(storyPath(story.slug, { lang, original, base, view: "embed" }));
      // The story's page, and each event's (whose embed opens on that event).
      const pages = [
        {
          id: undefined,
          at,
          page: storyPath(story.slug, { lang, original, base }),
          embedUrl: embed,
          title: null,
        },
        ...(hasEventPages(story) ? story.events : []).map((event) => ({
          id: event.id,
          at: join(at, event.id),
          page: eventPath(story.slug, event.id, { lang, original, base }),
          embedUrl: `${embed}?event=${event.id}`,
          title: event.title[lang],
        })),
      ];
      // The pages of a long story's list are in the site's map (they have no oEmbed of their own).
      for (const key of listPageKeys(story))
        mapped.push({
          url: absolute(listPagePath(story.slug, key, { lang, original, base })),
          updated: story.updated,
        });
      for (const { id, at: folder, page, embedUrl, title } of pages) {
        const thumbnail = cards.picturePath(story, lang, id); // social card, else the story's image
        mapped.push({ url: absolute(page), updated: story.updated });
        const oembed = oembedDocument(story, {
          lang,
          title,
          pageUrl: absolute(page),
          embedUrl,
          loaderUrl: absolute(`${base}embed.js`),
          thumbnailUrl: thumbnail && absolute(thumbnail),
        });
        writeFileSync(join(dist, folder, "oembed.json"), JSON.stringify(oembed));
      }
    }
  }
  if (siteUrl) writeFileSync(join(dist, "sitemap.xml"), siteMap(mapped));
  writeFileSync(join(dist, "404.html"), notFoundPage(stories, base, site.defaultStory));
  writeFileSync(
    join(dist, "robots.txt"),
    robotsTxt(siteUrl ? absolute(`${base}sitemap.xml`) : undefined),
  );

  // The headers a static host should send; the embeds are left frameable.
  const pagePaths = stories.flatMap((story) =>
    story.languages.flatMap((lang) => {
      const options = { lang, original: story.languages[0], base };
      const events = hasEventPages(story) ? story.events : [];
      return [
        storyPath(story.slug, options),
        ...events.map((event) => eventPath(story.slug, event.id, options)),
        // The pages of a long story's list: one rule for all, as hosts limit their rules.
        ...(listPageKeys(story).length > 0 ? [`${storyPath(story.slug, options)}events/*`] : []),
      ];
    }),
  );
  const rootPages = [
    `${base}`,
    ...(stories.find((s) => s.slug === site.defaultStory)?.languages.slice(1) ?? []).map(
      (lang) => `${base}${lang}/`,
    ),
  ];
  writeFileSync(join(dist, "_headers"), headersFile({ base, pages: [...rootPages, ...pagePaths] }));
}
