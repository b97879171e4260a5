/**
 * Draws a card: satori lays the elements out and writes SVG, resvg turns that into a PNG.
 * Both run offline from files in the repository: the font ships in scripts/assets/fonts/
 * (Inter, SIL OFL 1.1), resvg as a prebuilt binary per platform from npm.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import satori, { type SatoriOptions } from "satori";
import { cardElement } from "./card-layout.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-paths.ts";
import type { CardText } from "./card-text.ts";

export const FONT_DIR = join(import.meta.dirname, "../../assets/fonts");

/**
 * The font files: Inter's Latin subset (æ ø å included), and its Latin Extended subset for
 * names like "Łódź" under a name of its own, because satori picks one file per family name and
 * weight and falls back only to other names. Two weights: 400 for dates and the summary, 800
 * for everything that must read at a glance.
 */
export const FONT_FILES = [
  { name: "Inter", file: "inter-latin-400-normal.woff", weight: 400 },
  { name: "Inter", file: "inter-latin-800-normal.woff", weight: 800 },
  { name: "Inter Extended", file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { name: "Inter Extended", file: "inter-latin-ext-800-normal.woff", weight: 800 },
] as const;

let fonts: SatoriOptions["fonts"] | undefined;

function loadFonts(): SatoriOptions["fonts"] {
  fonts ??= FONT_FILES.map(({ name, file, weight }) => ({
    name,
    data: readFileSync(join(FONT_DIR, file)),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

/**
 * The card as SVG. With `embedFont: false` the words stay `<text>` elements instead of glyph
 * outlines: what the tests read to see that a title is drawn as its own characters.
 */
export function cardSvg(text: CardText, { embedFont = true } = {}): Promise<string> {
  return satori(cardElement(text), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    embedFont,
  });
}

/**
 * The card as PNG. resvg renders on libuv's thread pool (renderAsync), so the next card's
 * layout (satori, on this thread) can go on meanwhile.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo: { mode: "original" }, background: "#ffffff" });
  return image.asPng();
}
