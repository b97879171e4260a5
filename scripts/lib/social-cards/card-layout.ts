/**
 * How a social card looks: a news desk's graphic, the size a shared link shows. One family
 * (Inter, in two weights), strong type on white, the site's own accent and status colours
 * (src/app/styles/tokens.css, light theme), and the status as a word, never colour alone.
 *
 * Elements are made with createElement for satori, which lays them out like CSS flexbox; every
 * string here is a text node, so story text is drawn as the characters it has, never as markup.
 */
import { createElement, type CSSProperties, type ReactNode } from "react";
import type { CardText } from "./card-text.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-paths.ts";

const INK = "#16181d";
const MUTED = "#4a505c";
const RULE = "#d5d9e0";
const ACCENT = "#0b5cad";

/** Each status's badge: the page's colours, with an outline so it reads on any feed. */
const TONES: Record<NonNullable<CardText["status"]>["tone"], { bg: string; text: string }> = {
  reported: { bg: "#e6eefb", text: "#1c4a8a" },
  unconfirmed: { bg: "#fdf1d8", text: "#7a4b00" },
  disputed: { bg: "#f8e6f3", text: "#7d2667" },
  denied: { bg: "#fbe5e3", text: "#8f1f16" },
};

const PADDING_X = 72;
/** The width text wraps at: satori stretches no box to its parent's width by itself. */
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;

const box = (style: CSSProperties, ...children: ReactNode[]) =>
  createElement("div", { style: { display: "flex", ...style } }, ...children);

/** A block of text cut after `lines` lines with an ellipsis (satori's lineClamp). */
const clamped = (text: string, lines: number, style: CSSProperties) =>
  createElement(
    "div",
    { style: { display: "block", width: TEXT_WIDTH, lineClamp: lines, ...style } },
    text,
  );

/**
 * The title's size by its length: a short headline fills the card, a long one still fits in
 * the lines it is given. Lengths are in characters, sizes in px, for Inter ExtraBold.
 */
export function titleSize(title: string): { fontSize: number; lines: number } {
  const length = [...title].length;
  if (length <= 40) return { fontSize: 80, lines: 3 };
  if (length <= 70) return { fontSize: 72, lines: 3 };
  if (length <= 110) return { fontSize: 60, lines: 4 };
  if (length <= 160) return { fontSize: 50, lines: 5 };
  return { fontSize: 44, lines: 6 };
}

/** One line of text, cut with an ellipsis at `maxWidth`. */
const oneLine = (text: string, maxWidth: number, style: CSSProperties) =>
  createElement(
    "div",
    {
      style: {
        display: "block",
        whiteSpace: "nowrap",
        overflow: "hidden",
        textOverflow: "ellipsis",
        maxWidth,
        ...style,
      },
    },
    text,
  );

const kicker = (text: string) =>
  oneLine(text, TEXT_WIDTH, {
    fontSize: 26,
    fontWeight: 800,
    color: ACCENT,
    letterSpacing: "0.06em",
    textTransform: "uppercase",
  });

/** Room kept beside the date for the widest status badge ("UNCONFIRMED"), and the gap. */
const BADGE_ROOM = 340;

function dateLine(text: CardText) {
  const tone = text.status && TONES[text.status.tone];
  return box(
    { alignItems: "center", gap: 24, marginTop: 26 },
    // A long date label is cut, never the status: the badge does not shrink.
    text.date
      ? oneLine(text.date, text.status ? TEXT_WIDTH - BADGE_ROOM : TEXT_WIDTH, {
          fontSize: 34,
          color: MUTED,
        })
      : null,
    text.status && tone
      ? box(
          {
            flexShrink: 0,
            fontSize: 24,
            fontWeight: 800,
            letterSpacing: "0.05em",
            textTransform: "uppercase",
            color: tone.text,
            background: tone.bg,
            border: `3px solid ${tone.text}`,
            borderRadius: 999,
            padding: "6px 20px",
          },
          text.status.word,
        )
      : null,
  );
}

function footer(text: CardText) {
  return box(
    {
      justifyContent: "space-between",
      alignItems: "center",
      width: TEXT_WIDTH,
      borderTop: `2px solid ${RULE}`,
      paddingTop: 22,
      fontSize: 26,
    },
    box({ fontWeight: 800, color: INK }, text.credit),
    box({ color: MUTED }, text.aside),
  );
}

/** The card as satori elements, 1200 × 630. */
export function cardElement(text: CardText): ReactNode {
  const size = titleSize(text.title);
  // The story's card has a summary under its title, so its title gets fewer lines.
  const lines = text.summary ? Math.min(size.lines, 3) : size.lines;
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // Satori's boxes are content-box: without this the padding pushes the footer off the card.
      boxSizing: "border-box",
      flexDirection: "column",
      justifyContent: "space-between",
      background: "#ffffff",
      borderTop: `14px solid ${ACCENT}`,
      padding: `48px ${PADDING_X}px 44px`,
      fontFamily: "Inter",
      color: INK,
    },
    box(
      { flexDirection: "column", width: TEXT_WIDTH },
      kicker(text.kicker),
      text.date || text.status ? dateLine(text) : null,
      clamped(text.title, lines, {
        marginTop: 22,
        fontSize: size.fontSize,
        fontWeight: 800,
        lineHeight: 1.1,
        letterSpacing: "-0.015em",
      }),
      text.summary
        ? clamped(text.summary, 3, { marginTop: 22, fontSize: 30, lineHeight: 1.35, color: MUTED })
        : null,
    ),
    footer(text),
  );
}
