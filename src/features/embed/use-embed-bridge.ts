import { useEffect, type RefObject } from "react";
import type { StoryStore } from "@/state/story-store.ts";
import type { KnownIds } from "@/state/url-state.ts";

/**
 * Starts the embed's link to its host page (embed-bridge.ts) when the page is an embed inside
 * another page. Its code loads only then: story pages never need it.
 */
export function useEmbedBridge(
  enabled: boolean,
  rootRef: RefObject<HTMLElement | null>,
  store: StoryStore,
  slug: string,
  ids: KnownIds,
  childId: string | null,
) {
  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root || window.parent === window) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    import("./embed-bridge.ts")
      .then(({ startEmbedBridge }) => {
        if (!stopped) stop = startEmbedBridge(root, store, slug, ids, childId);
      })
      // A chunk gone after a deploy: the embed still works, at the height it was given.
      .catch((error: unknown) => console.warn("The embed could not reach its page:", error));
    return () => {
      stopped = true;
      stop?.();
    };
  }, [enabled, rootRef, store, slug, ids, childId]);
}
