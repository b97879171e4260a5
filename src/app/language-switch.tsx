import { getMessages } from "@/i18n/messages.ts";
import {
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import { useShallow } from "zustand/react/shallow";
import { loadAllLanguages } from "@/state/all-languages.ts";
import { pickUrlState, serializeUrlState } from "@/state/url-state.ts";
import { storyPath } from "@/lib/routes.ts";

/** Links, not buttons: each language is a URL a reader can share or open without JavaScript. */
export function LanguageSwitch() {
  const store = useStoryStore();
  const messages = useMessages();
  const { story } = useStoryIndex();
  const current = useStoryState(useShallow(pickUrlState));
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
