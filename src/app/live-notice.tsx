import { fillPlural } from "@/i18n/messages.ts";
import { useLang, useMessages } from "@/state/story-context.tsx";
import type { LiveUpdate } from "./use-live-updates.ts";
import "./live-notice.css";

/**
 * "2 new events" and a button that shows them, without a reload, without taking focus: a
 * polite live region that the reader may act on when they choose.
 */
export function LiveNotice({ update }: { update: LiveUpdate }) {
  const messages = useMessages();
  const lang = useLang();
  return (
    <div className="live-notice" role="status">
      {update.waiting && (
        <p>
          {update.waiting.added > 0
            ? fillPlural(messages.liveNewEvents, update.waiting.added, lang)
            : messages.liveUpdated}{" "}
          <button
            type="button"
            className="tl-tool tl-tool--text"
            onClick={() => void update.show()}
          >
            {messages.liveShow}
          </button>
        </p>
      )}
      {update.lostEvent && <p>{messages.liveEventRemoved}</p>}
    </div>
  );
}
