/**
 * The messages an embed sends to the page around it. The loader (public/embed.js) checks each
 * one's shape and bounds before it acts on it, so keep the two in step.
 */
export type EmbedMessage =
  | { type: "news-timeline:height"; story: string; height: number }
  | { type: "news-timeline:select"; story: string; event: string | null }
  | {
      type: "news-timeline:open";
      story: string;
      panel: "explainer" | "viewpoint" | "compare";
      id: string | null;
    };

/** What the page around may ask of an embed: open an event (a deep link in the article). */
export interface GotoMessage {
  type: "news-timeline:goto";
  event: string;
}

export function isGotoMessage(data: unknown): data is GotoMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === "news-timeline:goto" &&
    typeof message.event === "string" &&
    message.event.length > 0 &&
    message.event.length <= 200
  );
}

/** pym.js's own height message, for CMSs that already load pym.js on the parent page. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}
