import { useCallback, useEffect, useState } from "react";
import { storyPath } from "@/lib/routes.ts";
import { watchVersion, type StoryVersion } from "@/state/live-version.ts";
import type { StoryStore } from "@/state/story-store.ts";
import type { Story } from "@/story/model/story.ts";
import { isStoryShaped } from "@/story/model/story-shape.ts";

/** How often an open page asks whether its story changed (tests may set it shorter). */
const INTERVAL_MS = 60_000;

export interface LiveUpdate {
  /** A newer version is out: how many events it adds (0: it changed them). */
  waiting: { added: number } | null;
  /** The event the reader had open is gone from the new version. */
  lostEvent: boolean;
  show: () => Promise<void>;
}

function interval(): number {
  const set = (globalThis as { __NEWS_TIMELINE_LIVE_MS__?: unknown }).__NEWS_TIMELINE_LIVE_MS__;
  return typeof set === "number" && set > 0 ? set : INTERVAL_MS;
}

/**
 * A developing story reaches a reader who keeps the page open: its version.json is checked
 * (see watchVersion), a change is announced, and on the reader's word the new story replaces
 * the old in place, keeping what they have open and marking what arrived. Off without a
 * version (tests, the dev server) and with `?live=0`.
 */
export function useLiveUpdates(
  story: Story,
  version: string | undefined,
  store: StoryStore,
  replace: (next: Story) => void,
): LiveUpdate {
  const [latest, setLatest] = useState<StoryVersion | null>(null);
  const [lostEvent, setLostEvent] = useState(false);

  useEffect(() => {
    if (!version || new URLSearchParams(window.location.search).get("live") === "0") return;
    return watchVersion({
      url: `${storyPath(story.slug)}version.json`,
      current: version,
      interval: interval(),
      onChange: setLatest,
    });
  }, [story.slug, version]);

  const show = useCallback(async () => {
    if (!latest) return;
    try {
      const response = await fetch(latest.data);
      const next: unknown = response.ok ? await response.json() : null;
      if (!isStoryShaped(next) || next.slug !== story.slug) throw new Error("not this story");
      const known = new Set(story.events.map((event) => event.id));
      store
        .getState()
        .setArrived(new Set(next.events.map((e) => e.id).filter((id) => !known.has(id))));
      const open = store.getState().event;
      if (open && !next.events.some((event) => event.id === open)) {
        store.getState().selectEvent(null);
        setLostEvent(true);
      }
      replace(next);
      setLatest(null);
    } catch (error) {
      console.warn("Could not load the updated story:", error);
    }
  }, [latest, story, store, replace]);

  const waiting = latest ? { added: Math.max(0, latest.events - story.events.length) } : null;
  return { waiting, lostEvent, show };
}
