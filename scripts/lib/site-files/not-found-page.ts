import { getMessages } from "@/i18n/messages.ts";
import { escapeHtml } from "@/lib/html-escape.ts";
import { storyPath } from "@/lib/routes.ts";
import type { Story } from "@/story/model/story.ts";

/**
 * `404.html`, which static hosts (Netlify, Cloudflare Pages, GitHub Pages) send for a path they
 * do not have: a removed event's page, a mistyped link. It says so in every language the site
 * speaks and links to its stories, so a reader is one tap from the story they were after. No
 * script, no asset: it must work whatever else is missing.
 */
export function notFoundPage(stories: readonly Story[], base: string, defaultSlug: string): string {
  const first = stories.find((s) => s.slug === defaultSlug) ?? stories[0];
  const languages = [...new Set(stories.flatMap((story) => story.languages))];
  const sections = languages.map((lang) => {
    const messages = getMessages(lang);
    const links = stories
      .filter((story) => story.languages.includes(lang))
      .map((story) => {
        const href = storyPath(story.slug, { lang, original: story.languages[0], base });
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(story.title[lang])}</a></li>`;
      })
      .join("");
    return `<section lang="${lang}"><h1>${escapeHtml(messages.notFoundHeading)}</h1><p>${escapeHtml(messages.notFoundText)}</p><ul>${links}</ul></section>`;
  });
  const lang = first?.languages[0] ?? "nb";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(getMessages(lang).notFoundHeading)}</title>
<link rel="icon" href="${escapeHtml(base)}favicon.svg" type="image/svg+xml">
<style>
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 38rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-family: Georgia, serif; font-size: 1.6rem; line-height: 1.2; }
section + section { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid #8888; }
a { color: light-dark(#0b5cad, #8cc2ff); }
</style>
</head>
<body>
<main>${sections.join("")}</main>
</body>
</html>
`;
}
