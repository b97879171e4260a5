import type { ReactNode } from "react";
import type { StoryStore } from "@/state/story-store.ts";
import type { Story } from "@/story/model/story.ts";
import { LiveNotice } from "./live-notice.tsx";
import { useLiveUpdates } from "./use-live-updates.ts";

interface LiveUpdatesProps {
  story: Story;
  version: string;
  store: StoryStore;
  replace: (next: Story) => void;
}

/**
 * Live updates, as a chunk of their own: no reader needs them in the first second, so they
 * stay out of the page's first bytes (StoryRoot loads them once the page is idle, while the
 * build that made the page is still the one served).
 */
export default function LiveUpdates({
  story,
  version,
  store,
  replace,
}: LiveUpdatesProps): ReactNode {
  const update = useLiveUpdates(story, version, store, replace);
  return <LiveNotice update={update} />;
}
