import { getMessages } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";
import { useStoryStateAfterPaint } from "@/state/use-story-state-after-paint.ts";
import { loadAllLanguages } from "@/state/all-languages.ts";
import { pickUrlState, sameUrlState, serializeUrlState } from "@/state/url-state.ts";
import { storyPath } from "@/lib/routes.ts";

/** Links, not buttons: each language is a URL a reader can share or open without JavaScript. */
export function LanguageSwitch() {
  const store = useStoryStore();
  const messages = useMessages();
  const { story } = useStoryIndex();
  // The links keep what the reader has open. They are brought up to date after a click's paint:
  // no one follows a link in the frame that opens a card.
  const current = useStoryStateAfterPaint(pickUrlState, sameUrlState);
  const defaultLanguage = story.languages[0] ?? "nb";
  const shown = useLang();
  const preload = () => void loadAllLanguages(story.slug);

  return (
    <nav className="language-switch" aria-label={messages.languageSwitch}>
      <ul>
        {story.languages.map((lang) => (
          <li key={lang}>
            <a
              href={`${storyPath(story.slug, { lang, original: defaultLanguage })}${serializeUrlState(current, defaultLanguage)}`}
              hrefLang={lang}
              lang={lang}
              // The language shown, not the one asked for: while another loads, this one is current.
              aria-current={lang === shown ? "true" : undefined}
              // The text of another language loads between pointing and clicking (a tap's
              // touch comes about 100 ms before its click), so the switch feels instant.
              onPointerEnter={lang === current.lang ? undefined : preload}
              onFocus={lang === current.lang ? undefined : preload}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                store.getState().setLanguage(lang);
              }}
            >
              {getMessages(lang).languageName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
