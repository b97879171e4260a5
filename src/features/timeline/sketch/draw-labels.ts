import type { ClaimStatus } from "@/story/model/types.ts";
import { canvasFont, textWidth, write, type Canvas2D } from "./canvas-text.ts";
import { ellipsize, fitLines, type MeasureText } from "./fit-lines.ts";
import type { SketchPalette } from "./sketch-palette.ts";

/** The words on an event's label, as its button shows them (event-button.tsx). */
export interface LabelWords {
  /** The date, short ("4. jan. 2025"). */
  date: string;
  title: string;
  status: ClaimStatus;
  /** The status word ("ubekreftet"), for anything not confirmed. */
  statusWord?: string;
  deadline: boolean;
}

// The labels' CSS, in px (plot-cards.css, plot-labels.css, status-marks.css).
const CARD = { padX: 8, padY: 4, border: 1, radius: 8, dateLine: 15, titleLine: 16.5 };
const PILL = { padX: 5, gap: 6 };
const DEADLINE_EDGE = 4;
const SPAN = { padX: 4, line: 16, pillGap: 4, pillLine: 14 };
const CLUSTER = { height: 28, minWidth: 36, padX: 7 };

/** How far a label's picture reaches outside its box: the selected card's ring. */
export const LABEL_MARGIN = 3;

const claimWord = (words: LabelWords) =>
  words.status !== "confirmed" && words.statusWord ? words.statusWord : "";

/**
 * An event's card at (x, y), `width` × `height`: its frame (dashed if only claimed, with a
 * deadline's thick left edge, ringed if selected), then the date and status word on one line
 * and up to two lines of title, cut with "…" as the button's CSS cuts them.
 */
export function drawCard(
  ctx: Canvas2D,
  at: { x: number; y: number; width: number; height: number },
  words: LabelWords,
  selected: boolean,
  palette: SketchPalette,
) {
  const { x, y, width, height } = at;
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, width - 1, height - 1, CARD.radius);
  ctx.fillStyle = palette.bg;
  // Its shadow (box-shadow: 0 1px 2px, 8 % black), under the fill only.
  ctx.shadowColor = "rgb(0 0 0 / 8%)";
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 2;
  ctx.fill();
  ctx.shadowColor = "transparent";
  const dash = words.status === "confirmed" ? [] : [3, 3];
  ctx.setLineDash(dash);
  ctx.strokeStyle = selected ? palette.accent : palette.border;
  ctx.lineWidth = 1;
  ctx.stroke();
  if (words.deadline) {
    ctx.save();
    ctx.clip();
    ctx.setLineDash(dash.length ? [8, 4] : []);
    ctx.strokeStyle = palette.status.denied.text;
    ctx.lineWidth = DEADLINE_EDGE;
    ctx.beginPath();
    ctx.moveTo(x + DEADLINE_EDGE / 2, y);
    ctx.lineTo(x + DEADLINE_EDGE / 2, y + height);
    ctx.stroke();
    ctx.restore();
  }
  ctx.setLineDash([]);
  if (selected) {
    // Its border and the 2 px ring around it (box-shadow), in the accent.
    ctx.beginPath();
    ctx.roundRect(x - 0.5, y - 0.5, width + 1, height + 1, CARD.radius);
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 3;
    ctx.stroke();
  }

  const left = x + (words.deadline ? DEADLINE_EDGE : CARD.border) + CARD.padX;
  const room = x + width - CARD.border - CARD.padX - left;
  const top = y + CARD.border + CARD.padY;
  const measure: MeasureText = (text) => textWidth(ctx, text);
  const claim = claimWord(words);
  let pillWidth = 0;
  if (claim && words.status !== "confirmed") {
    ctx.font = canvasFont(palette.font, 11.5, 650);
    pillWidth = pillWidthOf(measure(claim));
    const pillTop = top + (CARD.dateLine - 15) / 2;
    pill(ctx, palette.status[words.status], claim, left + room - pillWidth, pillTop, pillWidth, 13);
  }
  ctx.font = canvasFont(palette.font, 12, 650);
  ctx.fillStyle = palette.muted;
  const date = ellipsize(words.date, room - (pillWidth ? pillWidth + PILL.gap : 0), measure);
  write(ctx, date, left, top, CARD.dateLine);
  ctx.font = canvasFont(palette.font, 13.5);
  ctx.fillStyle = palette.text;
  fitLines(words.title, room, 2, measure).forEach((line, i) =>
    write(ctx, line, left, top + CARD.dateLine + CARD.titleLine * i, CARD.titleLine),
  );
}

/** A status word's frame: its words, 5 px each side, and a 1 px border. */
const pillWidthOf = (words: number) => words + 2 * PILL.padX + 2;

/** A status word in its rounded, dashed frame, its words' line `line` px high. */
function pill(
  ctx: Canvas2D,
  colours: { bg: string; text: string },
  word: string,
  left: number,
  top: number,
  width: number,
  line: number,
) {
  const height = line + 2;
  ctx.beginPath();
  ctx.roundRect(left + 0.5, top + 0.5, width - 1, height - 1, height / 2);
  ctx.fillStyle = colours.bg;
  ctx.fill();
  ctx.setLineDash([3, 2]);
  ctx.strokeStyle = colours.text;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = colours.text;
  ctx.textAlign = "center";
  write(ctx, word, left + width / 2, top + 1, line);
  ctx.textAlign = "left";
}

/**
 * A period's words in its label's box at (x, y): from the bar's start (`inset`) where they
 * fit, on the page's colour, then its status word centred on the box, all cut at the box's
 * edge as the button's overflow cuts them (plot-cards.css).
 */
export function drawSpanLabel(
  ctx: Canvas2D,
  at: { x: number; y: number; width: number; height: number; inset: number },
  words: LabelWords,
  palette: SketchPalette,
) {
  const { x, y, width, height } = at;
  const measure: MeasureText = (text) => textWidth(ctx, text);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.font = canvasFont(palette.font, 11.5, 650);
  const claim = claimWord(words);
  const pillWidth = claim ? pillWidthOf(measure(claim)) : 0;
  const room = width - 2 * (CARD.border + SPAN.padX) - (pillWidth ? pillWidth + SPAN.pillGap : 0);
  ctx.font = canvasFont(palette.font, 12.5);
  const row = shareRow(at.inset, measure(words.title) + 4, room);
  const left = x + CARD.border + SPAN.padX + row.spacer;
  const top = y + CARD.border;
  ctx.fillStyle = palette.bg;
  ctx.fillRect(left, top, row.title, SPAN.line);
  ctx.fillStyle = palette.text;
  write(ctx, ellipsize(words.title, row.title - 4, measure), left + 2, top, SPAN.line);
  if (claim && words.status !== "confirmed") {
    ctx.font = canvasFont(palette.font, 11.5, 650);
    const pillTop = y + (height - SPAN.pillLine - 2) / 2;
    const pillLeft = left + row.title + SPAN.pillGap;
    pill(ctx, palette.status[words.status], claim, pillLeft, pillTop, pillWidth, SPAN.pillLine);
  }
  ctx.restore();
}

/**
 * How a period's row shares `room` px between the spacer that moves its words in (`inset`
 * wide, shrinking 1000 times as readily) and its title (`title` wide): CSS flex-shrink, which
 * weighs each item's shrinking by its width too.
 */
export function shareRow(inset: number, title: number, room: number) {
  const over = inset + title - room;
  if (over <= 0) return { spacer: inset, title };
  const spacerWeight = 1000 * inset;
  const spacer = Math.max(0, inset - (over * spacerWeight) / (spacerWeight + title));
  return { spacer, title: Math.max(0, room - spacer) };
}

/** A "+N" badge's width: its words and padding, at least the smallest target. */
export function clusterWidth(ctx: Canvas2D, text: string, palette: SketchPalette) {
  // Asked for every badge on every frame: setting a context's font parses it, and reading it
  // back (textWidth's key) writes it out again, hundreds of times a frame at a wide zoom.
  const key = `${palette.font}|${text}`;
  let width = clusterWidths.get(key);
  if (width === undefined) {
    ctx.font = canvasFont(palette.font, 13.6, 650);
    width = Math.max(CLUSTER.minWidth, textWidth(ctx, text) + 2 * CLUSTER.padX + 2);
    clusterWidths.set(key, width);
  }
  return width;
}

/** Badges' widths by font and text: a few hundred at most ("+2" to "+5000"). */
const clusterWidths = new Map<string, number>();

export const CLUSTER_HEIGHT = CLUSTER.height;

/** A "+N" badge at (x, y), `width` px wide. */
export function drawCluster(
  ctx: Canvas2D,
  at: { x: number; y: number; width: number },
  text: string,
  palette: SketchPalette,
) {
  const { x, y, width } = at;
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, width - 1, CLUSTER.height - 1, CLUSTER.height / 2);
  ctx.fillStyle = palette.bg;
  ctx.fill();
  ctx.strokeStyle = palette.accent;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.font = canvasFont(palette.font, 13.6, 650);
  ctx.fillStyle = palette.accent;
  ctx.textAlign = "center";
  write(ctx, text, x + width / 2, y, CLUSTER.height);
  ctx.textAlign = "left";
}
