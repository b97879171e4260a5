/**
 * Drawn cards kept between builds, named by a hash of everything that decides their pixels:
 * the words (CardText), the layout and drawing code, the fonts, and the versions of satori and
 * resvg. An unchanged event is copied, not drawn again; any change to what a card shows, or
 * how, gives it a new name. Old entries are never read again and may be deleted at any time.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FONT_DIR, FONT_FILES } from "./card-draw.ts";
import type { CardText } from "./card-text.ts";

/** The files whose content changes how a card looks. */
const DESIGN_FILES = ["card-layout.ts", "card-draw.ts"].map((file) =>
  join(import.meta.dirname, file),
);

let design: string | undefined;

/** One hash of the drawing itself: code, fonts and renderer versions. */
export function designHash(): string {
  if (design) return design;
  const hash = createHash("sha256");
  for (const file of DESIGN_FILES) hash.update(readFileSync(file));
  for (const { file } of FONT_FILES) hash.update(readFileSync(join(FONT_DIR, file)));
  const require = createRequire(import.meta.url);
  for (const name of ["satori", "@resvg/resvg-js"]) {
    const { version } = require(`${name}/package.json`) as { version: string };
    hash.update(`${name}@${version}`);
  }
  design = hash.digest("hex");
  return design;
}

/** The name a card is cached under. */
export function cardKey(text: CardText): string {
  return createHash("sha256")
    .update(designHash())
    .update(JSON.stringify(text))
    .digest("hex")
    .slice(0, 32);
}

export class CardCache {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The cached file for `key`, if there is one. */
  find(key: string): string | undefined {
    const file = join(this.dir, `${key}.png`);
    return existsSync(file) ? file : undefined;
  }

  /** Keeps a card; written aside and renamed, so a build stopped mid-write leaves no half file. */
  keep(key: string, png: Uint8Array): void {
    const file = join(this.dir, `${key}.png`);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
}
