/**
 * The build's social cards: which to make (planCards), making them (writeSocialCards: drawn,
 * or copied from the cache when nothing on them changed), and the image each page shares.
 *
 * SKIP_SOCIAL_CARDS=1 draws none: pages then share the story's own image, if it has one.
 * SOCIAL_CARDS_CACHE names the cache folder (default node_modules/.cache/social-cards/).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ShareImage } from "@/app/document-head.ts";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { CardCache, cardKey } from "./card-cache.ts";
import { cardSvg, svgToPng } from "./card-draw.ts";
import { eventsWithCards, socialCardPath } from "./card-paths.ts";
import { cardAltText, eventCardText, storyCardText, type CardText } from "./card-text.ts";

export interface PlannedCard {
  /** Where it goes in the site (card-paths.ts). */
  path: string;
  text: CardText;
}

/** Every card a story needs: its own in each language, and each carded event's in each. */
export function planCards(story: Story): PlannedCard[] {
  const carded = eventsWithCards(story);
  return story.languages.flatMap((lang) => [
    { path: socialCardPath(story, lang), text: storyCardText(story, lang) },
    ...story.events
      .filter((event) => carded.has(event.id))
      .map((event) => ({
        path: socialCardPath(story, lang, event.id),
        text: eventCardText(story, event, lang),
      })),
  ]);
}

export interface CardStats {
  drawn: number;
  cached: number;
  ms: number;
}

/** Resvg renders this many cards at once on the thread pool while satori lays out the next. */
const IN_FLIGHT = 4;

/** Writes every story's cards into `outDir`, drawing only those the cache does not have. */
export async function writeSocialCards(
  stories: readonly Story[],
  outDir: string,
  cacheDir: string,
): Promise<CardStats> {
  const started = performance.now();
  const cache = new CardCache(cacheDir);
  const stats: CardStats = { drawn: 0, cached: 0, ms: 0 };
  const pending: Promise<void>[] = [];
  for (const { path, text } of stories.flatMap(planCards)) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    const key = cardKey(text);
    const found = cache.find(key);
    if (found) {
      copyFileSync(found, target);
      stats.cached++;
      continue;
    }
    const svg = await cardSvg(text);
    pending.push(
      svgToPng(svg).then((png) => {
        cache.keep(key, png);
        writeFileSync(target, png);
      }),
    );
    stats.drawn++;
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
  stats.ms = performance.now() - started;
  return stats;
}

/**
 * What a page's head shares (document-head.ts): the card's path under the site's base, and
 * its words as alt text; for the story (no `eventId`) or one of its events.
 */
export function shareImage(
  story: Story,
  lang: Language,
  base: string,
  eventId?: string,
): ShareImage {
  const event = eventId === undefined ? undefined : story.events.find((e) => e.id === eventId);
  const path = socialCardPath(story, lang, event?.id);
  const ownCard = event && path.includes("/cards/");
  const text = ownCard ? eventCardText(story, event, lang) : storyCardText(story, lang);
  return { path: `${base}${path}`, alt: cardAltText(text) };
}

/** "social cards: 42 drawn, 0 from cache, 1.8 s" */
export function formatCardStats({ drawn, cached, ms }: CardStats): string {
  return `social cards: ${drawn} drawn, ${cached} from cache, ${(ms / 1000).toFixed(1)} s`;
}
