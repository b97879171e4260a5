import type { Story } from "../story/story.ts";
import { escapeHtml } from "./html-escape.ts";

/** The `<head>` tags of a story page, in the story's original language. */
export function renderDocumentHead(story: Story): string {
  const lang = story.languages[0] ?? "nb";
  const title = `${story.title[lang]} – ${story.credit.publisher}`;
  const description = story.summary[lang];
  return [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(story.title[lang])}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
  ].join("\n    ");
}
