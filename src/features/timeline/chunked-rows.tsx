import { useCallback, useEffect, useMemo, type ReactElement } from "react";
import { warmDateFormat } from "@/i18n/format-date.ts";
import { useLang, useStoryState } from "@/state/story-context.tsx";
import { chunkOf, chunkRows, CHUNKED_FROM, estimateRows } from "./vertical-chunks.ts";
import { useChunkWindow } from "./use-chunk-window.ts";
import type { VerticalGap } from "./vertical-gaps.ts";

interface ChunkedRowsProps {
  /** The rows, in order, each keyed; `ids[i]` is row i's event. */
  rows: readonly ReactElement[];
  ids: readonly string[];
  gaps: readonly (VerticalGap | undefined)[];
}

/** On the server, chunks are what the first render draws; in a browser, what is near. */
const canWait = () => typeof window === "undefined" || typeof IntersectionObserver !== "undefined";

/**
 * The rows of a phone timeline's list. A long list (vertical-chunks.ts) draws its first chunk
 * and the selected event's, then the chunks near the screen as the reader scrolls, and takes
 * out again those the reader has left far behind (chunk-window.ts). A chunk not drawn is a
 * placeholder: of the height it had when drawn, or of an estimate, so the page's length and
 * the scrollbar stay honest. The prerendered HTML holds the same chunks as the first render,
 * so the page's first response stays small however long the story is.
 *
 * Without taking chunks out, a reader who had scrolled through 4,000 events kept all of them
 * in the DOM, and a tap then took 370 ms on a phone (4× CPU slowdown): the browser laid out
 * and painted again every row below the card it opened.
 */
export function ChunkedRows({ rows, ids, gaps }: ChunkedRowsProps) {
  const chunked = rows.length >= CHUNKED_FROM;
  const chunks = useMemo(() => chunkRows(rows.length, gaps), [rows.length, gaps]);
  const rowOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  // The selected event's chunk, not the event: a tap within a drawn chunk renders nothing here.
  const selectedChunk = useStoryState((s) =>
    chunked && s.event ? chunkOf(rowOf.get(s.event) ?? -1) : -1,
  );
  // The chunk of the row that has focus stays: taking it out would drop the reader's focus.
  const pinned = useCallback(() => {
    const focused = document.activeElement?.closest<HTMLElement>("[data-event-id]");
    const row = rowOf.get(focused?.dataset["eventId"] ?? "");
    return [selectedChunk, row === undefined ? -1 : chunkOf(row)];
  }, [rowOf, selectedChunk]);
  const { drawn, rowsDrawn, markRef, heightOf } = useChunkWindow({
    enabled: chunked && canWait(),
    chunks,
    initial: [0, selectedChunk],
    pinned,
  });

  // Rows beyond the first chunks are dated by the browser: its first date format is made
  // while the page is idle, not when a scroll has drawn them and a tap is waiting.
  const lang = useLang();
  useEffect(() => {
    if (!chunked || typeof requestIdleCallback !== "function") return;
    const id = requestIdleCallback(() => warmDateFormat(lang));
    return () => cancelIdleCallback(id);
  }, [chunked, lang]);

  // A browser that cannot say what is near the screen (or a test's DOM) gets every row.
  if (!chunked || !canWait()) return rows;
  const items: ReactElement[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const shown = drawn.has(i) || i === selectedChunk;
    // One element per chunk, drawn or not, so the observers keep watching the same mark.
    items.push(
      <li
        key={`chunk-${i}`}
        className={shown ? "vtl__mark" : "vtl__chunk"}
        aria-hidden="true"
        data-chunk={i}
        style={shown ? undefined : { height: heightOf(i) }}
        ref={markRef}
      />,
    );
    if (!shown) continue;
    // The rest of a chunk still being drawn holds its place, as a chunk not drawn does.
    const end = i === selectedChunk ? chunk.end : Math.min(chunk.end, chunk.start + rowsDrawn(i));
    items.push(...rows.slice(chunk.start, end));
    if (end < chunk.end) {
      items.push(
        <li
          key={`rest-${i}`}
          className="vtl__chunk"
          aria-hidden="true"
          style={{ height: estimateRows(gaps, end, chunk.end) }}
        />,
      );
    }
  }
  items.push(
    <li
      key="chunk-end"
      className="vtl__mark"
      aria-hidden="true"
      data-chunk={chunks.length}
      ref={markRef}
    />,
  );
  return items;
}
