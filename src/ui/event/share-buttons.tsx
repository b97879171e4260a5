import { useState, useSyncExternalStore } from "react";
import { storyPath } from "@/lib/routes.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { copyText } from "@/ui/copy-text.ts";

const noSubscription = () => () => {};

/** The story page's own URL for an event, in the reader's language: what a shared link opens. */
export function eventShareUrl(
  origin: string,
  slug: string,
  eventId: string,
  lang: string,
  defaultLang: string,
) {
  const url = new URL(storyPath(slug, { lang, original: defaultLang }), origin);
  url.searchParams.set("event", eventId);
  return url.href;
}

/** "Copy link" to an event everywhere, and the system's share sheet where there is one (phones). */
export function ShareButtons({ eventId, title }: { eventId: string; title: string }) {
  const messages = useMessages();
  const lang = useLang();
  const { story } = useStoryIndex();
  const [status, setStatus] = useState("");
  const url = () =>
    eventShareUrl(window.location.origin, story.slug, eventId, lang, story.languages[0] ?? "nb");
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
