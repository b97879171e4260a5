import { shorten } from "./shorten.ts";
import type { ImportLanguage } from "./types.ts";

/**
 * The wording of every to-do line the importer writes, in one place. Each line is one line
 * (the CLI writes them as YAML comments) and names the slide by its number in the file and its
 * headline, so the journalist can find it in TimelineJS or the sheet.
 */

export function slideName(index: number, headline: string): string {
  return `Slide ${index + 1} ("${shorten(headline) || "untitled"}")`;
}

const link = (url: string) => shorten(url, 200);

export const todoLines = {
  notASlide: (index: number, found: string) =>
    `Slide ${index + 1} is not an event (found ${found}) and was left out.`,
  noDate: (slide: string) => `${slide} has no date and was left out.`,
  unreadableDate: (slide: string, parts: string) =>
    `${slide} has a date the timeline cannot read (${shorten(parts)}) and was left out.`,
  unreadableEndDate: (slide: string, parts: string) =>
    `${slide}: its end date cannot be read (${shorten(parts)}), so it was imported as a single date.`,
  embed: (slide: string, url: string) =>
    `${slide}: ${link(url)} is a video/embed link, which the timeline cannot show; add a picture or a link in the text.`,
  insecure: (slide: string, url: string) =>
    `${slide}: the picture ${link(url)} uses http:, which our pages block as mixed content (Content-Security-Policy); it was left out: add it again with an https: address.`,
  unsupported: (slide: string, scheme: string) =>
    `${slide}: its media was a ${shorten(scheme, 20)}: address, which was dropped; add a picture with an https: address.`,
  notALink: (slide: string) =>
    `${slide}: its media is not a link to a picture and was left out; add a picture (https) or a link in the text.`,
  noEvents: () => `No event could be imported: the story needs at least one, with a date.`,
  statuses: () =>
    `Every event: a status (confirmed, reported, unconfirmed, disputed or denied) and, unless confirmed, who reports it (attribution.reportedBy, with sources in "sources").`,
  translation: (other: ImportLanguage) =>
    `Every text field: the ${other === "en" ? "English (en)" : "Norwegian (nb)"} translation.`,
  credit: () =>
    `story: summary, published and updated times, and the credit to the original reporting (publisher, title, date, url).`,
};
