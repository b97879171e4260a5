import { Fragment, useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { warmDateFormat } from "@/i18n/format-date.ts";
import { useLang, useStoryState } from "@/state/story-context.tsx";
import { chunkOf, chunkRows, CHUNKED_FROM } from "./vertical-chunks.ts";
import type { VerticalGap } from "./vertical-gaps.ts";

interface ChunkedRowsProps {
  /** The rows, in order, each keyed; `ids[i]` is row i's event. */
  rows: readonly ReactElement[];
  ids: readonly string[];
  gaps: readonly (VerticalGap | undefined)[];
}

/** On the server, chunks are what the first render draws; in a browser, what is near. */
const canWait = () => typeof window === "undefined" || typeof IntersectionObserver !== "undefined";

/** How far beyond the screen a chunk is drawn before it scrolls in. */
const AHEAD = "150% 0px";

/**
 * The rows of a phone timeline's list. A long list (vertical-chunks.ts) draws its first chunk
 * and the selected event's, and each other chunk once it comes near the screen; until then a
 * placeholder of about its height keeps the page's length and the scrollbar honest. A chunk
 * stays once drawn. The prerendered HTML holds the same chunks as the first render, so the
 * page's first response stays small however long the story is.
 */
export function ChunkedRows({ rows, ids, gaps }: ChunkedRowsProps) {
  const chunked = rows.length >= CHUNKED_FROM;
  const chunks = useMemo(() => chunkRows(rows.length, gaps), [rows.length, gaps]);
  const rowOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  // The selected event's chunk, not the event: a tap within a drawn chunk renders nothing here.
  const selectedChunk = useStoryState((s) =>
    chunked && s.event ? chunkOf(rowOf.get(s.event) ?? -1) : -1,
  );
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set([0, selectedChunk]));
  const placeholders = useRef(new Map<number, HTMLLIElement>());

  // Rows beyond the first chunks are dated by the browser: its first date format is made
  // while the page is idle, not when a scroll has drawn them and a tap is waiting.
  const lang = useLang();
  useEffect(() => {
    if (!chunked || typeof requestIdleCallback !== "function") return;
    const id = requestIdleCallback(() => warmDateFormat(lang));
    return () => cancelIdleCallback(id);
  }, [chunked, lang]);

  useEffect(() => {
    if (!chunked || !canWait()) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => Number((entry.target as HTMLElement).dataset["chunk"]));
        if (near.length > 0) setDrawn((was) => new Set([...was, ...near]));
      },
      { rootMargin: AHEAD },
    );
    for (const element of placeholders.current.values()) observer.observe(element);
    return () => observer.disconnect();
    // Placeholders change when chunks are drawn: observe the ones left.
  }, [chunked, chunks, drawn]);

  // A browser that cannot say what is near the screen (or a test's DOM) gets every row.
  if (!chunked || !canWait()) return rows;
  return chunks.map((chunk, i) =>
    drawn.has(i) || i === selectedChunk ? (
      <Fragment key={`rows-${i}`}>{rows.slice(chunk.start, chunk.end)}</Fragment>
    ) : (
      <li
        key={`chunk-${i}`}
        className="vtl__chunk"
        aria-hidden="true"
        data-chunk={i}
        style={{ height: chunk.estimate }}
        ref={(element) => {
          if (element) placeholders.current.set(i, element);
          else placeholders.current.delete(i);
        }}
      />
    ),
  );
}
