/**
 * How wide the wide plot's labels must be for their words. Layout runs on the server too, so
 * text is not measured: widths come from the number of characters, at a little more than the
 * plot's sans-serif takes on average (about 7 px a character at 13.5 px, the widest system
 * fonts included), so that a label errs on the roomy side.
 */

/** A card's title, 13.5 px. */
const TITLE_CHAR = 7.2;
/** A card's date line, 12 px bold. */
const DATE_CHAR = 7.4;
/** The status word, 11.5 px bold in its frame. */
const STATUS_CHAR = 6.6;
/** A line breaks between words: room for the word that did not fit on each of two lines. */
const WRAP_SLACK = 72;
/** A card's padding and border. */
const CARD_FRAME = 18;
/** Wider than this and a card would crowd its neighbours out; its title ends in "…" then. */
export const MAX_CARD_WIDTH = 320;
/** The widest cards a plot tries, widest first, where wider ones would fold events away. */
export const CARD_WIDTH_STEPS = [MAX_CARD_WIDTH, 300, 288, 276, 264, 252] as const;

export interface CardText {
  title: string;
  /** The date as the card shows it (short months). */
  date: string;
  /** The status word, for what is only claimed. */
  status?: string | undefined;
}

/** Status word in its frame, after the date: a gap, the frame's padding and the word. */
const statusWidth = (word: string | undefined) => (word ? 18 + STATUS_CHAR * word.length : 0);

/**
 * A card's width: the usual one, or wider (up to `max`) where its title needs more than two
 * lines at that width, or its date and status word more than one.
 */
export function cardWidth(text: CardText, usual: number, max = MAX_CARD_WIDTH): number {
  const twoLines = (TITLE_CHAR * text.title.length + WRAP_SLACK) / 2;
  const dateLine = DATE_CHAR * text.date.length + statusWidth(text.status);
  const needed = CARD_FRAME + Math.max(twoLines, dateLine);
  return Math.round(Math.min(Math.max(max, usual), Math.max(usual, needed)));
}

/** A period's one-line label: its title and status word, up to `max`. */
export function spanLabelWidth(title: string, status: string | undefined, max: number): number {
  return Math.min(max, 24 + 7.4 * title.length + (status ? 16 + STATUS_CHAR * status.length : 0));
}
