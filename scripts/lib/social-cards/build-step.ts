/**
 * The social cards' step of `npm run build`, in one call: reads its two settings from the
 * environment, makes the cards, prints what it cost, and says which image each page shares.
 *
 *   SKIP_SOCIAL_CARDS=1   make none (a quick build): pages share the story's own image
 *   SOCIAL_CARDS_CACHE    the cache folder, default node_modules/.cache/social-cards/
 */
import { join, resolve } from "node:path";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { ShareImage } from "@/app/document-head.ts";
import { formatCardStats, shareImage, writeSocialCards } from "./social-cards.ts";

export interface BuiltCards {
  /** The card a page shares (story or event), or undefined when cards were skipped. */
  imageFor(story: Story, lang: Language, eventId?: string): ShareImage | undefined;
  /** The picture a page shares (oEmbed's thumbnail): its card, else the story's own image. */
  picturePath(story: Story, lang: Language, eventId?: string): string | undefined;
}

export async function buildSocialCards(
  stories: readonly Story[],
  outDir: string,
  { root, base }: { root: string; base: string },
): Promise<BuiltCards> {
  const storyImage = (story: Story) => story.image && `${base}${story.slug}/${story.image.file}`;
  if (process.env["SKIP_SOCIAL_CARDS"]) {
    console.log("social cards: skipped (SKIP_SOCIAL_CARDS)");
    return { imageFor: () => undefined, picturePath: storyImage };
  }
  const cacheDir = process.env["SOCIAL_CARDS_CACHE"]
    ? resolve(process.env["SOCIAL_CARDS_CACHE"])
    : join(root, "node_modules/.cache/social-cards");
  console.log(formatCardStats(await writeSocialCards(stories, outDir, cacheDir)));
  return {
    imageFor: (story, lang, eventId) => shareImage(story, lang, base, eventId),
    picturePath: (story, lang, eventId) => shareImage(story, lang, base, eventId).path,
  };
}
