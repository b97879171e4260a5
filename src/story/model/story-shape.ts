import type { Story } from "./story.ts";

/**
 * Whether data the page received looks like a story. The build validated it; this only guards
 * against a page or file that was cut short or edited by hand, so the app never starts on
 * broken data (and the browser never downloads the schema library to check).
 */
export function isStoryShaped(data: unknown): data is Story {
  const story = data as Partial<Story> | null;
  return (
    typeof story === "object" &&
    story !== null &&
    typeof story.slug === "string" &&
    Array.isArray(story.events) &&
    Array.isArray(story.languages) &&
    typeof story.title === "object" &&
    story.events.every((e) => typeof e?.id === "string" && typeof e.title === "object")
  );
}
