import { memo } from "react";
import { useLang, useMessages, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";

/** What the card area shows before the reader picks an event: the story, and where to start. */
function TitleCardView() {
  const lang = useLang();
  const messages = useMessages();
  const store = useStoryStore();
  const { story } = useStoryIndex();
  return (
    <article className="event-card event-card--title" aria-labelledby="title-card-heading">
      <h2 id="title-card-heading" className="event-card__title">
        {story.title[lang]}
      </h2>
      <p>{messages.titleCardHint}</p>
      <div className="event-card__nav">
        <button
          type="button"
          className="tl-tool tl-tool--text tl-tool--primary"
          onClick={() => store.getState().first()}
        >
          {messages.start} <span aria-hidden="true">→</span>
        </button>
      </div>
    </article>
  );
}

/** Memoised: the wide timeline re-renders at each new layout; this need not. */
export const TitleCard = memo(TitleCardView);
