import { fillTemplate, getMessages } from "@/i18n/messages.ts";
import { useLang } from "@/state/story-context.tsx";
import type { Language } from "@/story/model/vocabulary.ts";

/**
 * Says that the language the reader chose could not be loaded, in that language (it is the one
 * they read), and which one the page shows instead.
 */
export function LanguageUnavailable({
  lang,
  onDismiss,
}: {
  lang: Language;
  onDismiss: () => void;
}) {
  const shown = useLang();
  const messages = getMessages(lang);
  return (
    <div className="region-failed language-unavailable" role="status" lang={lang}>
      <p>
        {fillTemplate(messages.languageUnavailable, {
          asked: messages.languageNames[lang],
          shown: messages.languageNames[shown],
        })}
      </p>
      <button type="button" className="tl-tool tl-tool--text" onClick={onDismiss}>
        {messages.dismiss}
      </button>
    </div>
  );
}
