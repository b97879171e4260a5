import { fillTemplate } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";
import { QuoteBlock } from "@/ui/quote-block.tsx";
import { EventMedia } from "./event-media.tsx";
import { RichText } from "@/ui/rich-text.tsx";
import { AttributionList } from "./attribution-list.tsx";
import { StatusBadge } from "./status-badge.tsx";

/** What an event says and who says it: status, attribution, text and quote. */
export function EventDetails({ event }: { event: StoryEvent }) {
  const lang = useLang();
  const messages = useMessages();
  const { people } = useStoryIndex();
  const speaker = event.quote ? people.get(event.quote.by) : undefined;
  return (
    <>
      <div className="event__status">
        <StatusBadge status={event.status} />
        {event.attribution && <AttributionList attribution={event.attribution} />}
      </div>
      {event.text && (
        <p className="event__text">
          <RichText text={event.text[lang]} />
        </p>
      )}
      {event.media && <EventMedia media={event.media} />}
      {event.quote && (
        <QuoteBlock
          text={event.quote.text[lang]}
          {...(speaker && {
            cite: fillTemplate(messages.quoteBy, {
              name: speaker.name,
              title: speaker.title[lang],
            }),
          })}
        />
      )}
    </>
  );
}
