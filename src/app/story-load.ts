import { getMessages } from "@/i18n/messages.ts";
import type { Story } from "@/story/model/story.ts";
import { isStoryShaped } from "@/story/model/story-shape.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";

/** Reads the story the server embedded in the page; null when it is missing or broken. */
export function readEmbeddedStory(element: HTMLElement | null): Story | null {
  if (!element?.textContent) return null;
  try {
    const data: unknown = JSON.parse(element.textContent);
    return isStoryShaped(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * The story the page was rendered from: embedded in it, or (a built page) at the address it
 * names in `data-src`, which the start-up script has already asked for alongside the code
 * (page-template.ts). Null when it is missing, unreachable or broken.
 */
export async function loadPageStory(element: HTMLElement | null): Promise<Story | null> {
  const src = element?.dataset["src"];
  if (!src) return readEmbeddedStory(element);
  try {
    const response = await fetch(src);
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return isStoryShaped(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * When the story cannot start: say so in the page's language, above whatever the server
 * rendered (still readable), with a link to the original article if the page has one.
 * Built with DOM text nodes only.
 */
export function showStoryLoadError(root: HTMLElement) {
  const lang = (LANGUAGES as readonly string[]).includes(document.documentElement.lang)
    ? (document.documentElement.lang as Language)
    : "nb";
  const messages = getMessages(lang);
  const hasContent = root.querySelector("h1") !== null;
  const notice = document.createElement("div");
  notice.className = "story-load-error";
  notice.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = hasContent ? messages.storyFailed : messages.storyMissing;
  notice.append(text);
  const original = document.querySelector<HTMLAnchorElement>(".story-footer a[href^='http']");
  if (original) {
    const link = document.createElement("a");
    link.href = original.href;
    link.rel = "noopener noreferrer";
    link.textContent = messages.readOriginal;
    const line = document.createElement("p");
    line.append(link);
    notice.append(line);
  }
  root.prepend(notice);
  // The page has gone as far as it will: what browser tests wait for, as for a started story.
  document.documentElement.dataset["ready"] = "";
  document.documentElement.dataset["startFailed"] = "";
}
