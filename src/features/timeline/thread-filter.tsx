import { memo, type ReactNode } from "react";
import { withViewTransition } from "@/ui/view-transition.ts";
import { fillPlural } from "@/i18n/messages.ts";
import {
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";

interface ThreadFilterProps {
  shown: number;
  /** More controls for the same row (the phone's tools): one row that scrolls sideways. */
  children?: ReactNode;
}

/** The story's themes as toggle buttons, and how many events are shown. */
function ThreadFilterView({ shown, children }: ThreadFilterProps) {
  const messages = useMessages();
  const lang = useLang();
  const active = useStoryState((s) => s.threads);
  const store = useStoryStore();
  const { story } = useStoryIndex();
  if (story.threads.length === 0) return children ?? null;
  return (
    <div className="thread-filter">
      <div className="thread-filter__row">
        <div className="thread-filter__chips" role="group" aria-label={messages.threadsLabel}>
          <button
            type="button"
            className="chip"
            aria-pressed={active.length === 0}
            onClick={() => withViewTransition(() => store.getState().clearThreads())}
          >
            {messages.allThreads}
          </button>
          {story.threads.map((thread) => (
            <button
              key={thread.id}
              type="button"
              className="chip"
              aria-pressed={active.includes(thread.id)}
              onClick={() => withViewTransition(() => store.getState().toggleThread(thread.id))}
            >
              {thread.title[lang]}
            </button>
          ))}
        </div>
        {children}
      </div>
      {/* Unfiltered, the count says nothing the timeline does not show: it is kept for screen
          readers only, which gives a phone's first screen a line back. */}
      <p
        className={
          active.length === 0 ? "thread-filter__count visually-hidden" : "thread-filter__count"
        }
        role="status"
      >
        {fillPlural(messages.shownCount, story.events.length, lang, {
          shown,
          total: story.events.length,
        })}
      </p>
    </div>
  );
}

/** Memoised: the wide timeline renders again on each selection, which changes nothing here. */
export const ThreadFilter = memo(ThreadFilterView);
