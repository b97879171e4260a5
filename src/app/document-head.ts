import type { Story } from "../story/story.ts";
import { escapeHtml } from "./html-escape.ts";
import type { StoryView } from "./routes.ts";

/** The `<head>` tags of a story page, in the story's original language. */
export function renderDocumentHead(story: Story, view: StoryView = "page"): string {
  const lang = story.languages[0] ?? "nb";
  const title = `${story.title[lang]} – ${story.credit.publisher}`;
  const description = story.summary[lang];
  return [
    `<title>${escapeHtml(title)}</title>`,
    // An embed is the same story in someone else's page: search engines should index the page.
    ...(view === "embed" ? [`<meta name="robots" content="noindex">`] : []),
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(story.title[lang])}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
  ].join("\n    ");
}
