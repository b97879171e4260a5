import { useState, useSyncExternalStore } from "react";
import { eventLink } from "@/story/model/event-pages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { copyText } from "@/ui/copy-text.ts";

const noSubscription = () => () => {};

/**
 * An event's own page, in the reader's language: what a shared link opens, with that event's
 * title and card in the link's preview. A story too long for event pages names it in the query.
 */
export function eventShareUrl(
  origin: string,
  story: { slug: string; events: readonly unknown[] },
  eventId: string,
  lang: string,
  defaultLang: string,
) {
  return new URL(eventLink(story, eventId, { lang, original: defaultLang }), origin).href;
}

/** "Copy link" to an event everywhere, and the system's share sheet where there is one (phones). */
export function ShareButtons({ eventId, title }: { eventId: string; title: string }) {
  const messages = useMessages();
  const lang = useLang();
  const { story } = useStoryIndex();
  const [status, setStatus] = useState("");
  const url = () =>
    eventShareUrl(window.location.origin, story, eventId, lang, story.languages[0] ?? "nb");
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );

  return (
    <div className="share-buttons">
      <button
        type="button"
        className="tl-tool tl-tool--text"
        onClick={async () =>
          setStatus((await copyText(url())) ? messages.linkCopied : messages.copyFailed)
        }
      >
        {messages.copyLink}
      </button>
      {canShare && (
        <button
          type="button"
          className="tl-tool tl-tool--text"
          onClick={() => navigator.share({ title, url: url() }).catch(() => undefined)}
        >
          {messages.share}
        </button>
      )}
      <span className="share-buttons__status" role="status">
        {status}
      </span>
    </div>
  );
}
