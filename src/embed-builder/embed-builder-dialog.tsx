import { useEffect, useId, useRef, useState } from "react";
import { storyPath } from "../app/routes.ts";
import { formatStoryDate } from "../i18n/format-date.ts";
import { getMessages } from "../i18n/messages.ts";
import { useMessages, useStoryIndex, useStoryState } from "../state/story-context.tsx";
import { LANGUAGES } from "../story/vocabulary.ts";
import { copyText } from "../ui/copy-text.ts";
import { EmbedPreview } from "./embed-preview.tsx";
import {
  buildEmbedUrl,
  FIXED_IFRAME_HEIGHT,
  iframeSnippet,
  loaderSnippet,
  type EmbedChoices,
} from "./embed-snippets.ts";

function Snippet({ label, code }: { label: string; code: string }) {
  const messages = useMessages();
  const id = useId();
  const [status, setStatus] = useState("");
  return (
    <div className="embed-builder__snippet">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        value={code}
        rows={code.split("\n").length + 1}
        onFocus={(e) => e.target.select()}
      />
      <button
        type="button"
        className="tl-tool tl-tool--text"
        onClick={async () =>
          setStatus((await copyText(code)) ? messages.copied : messages.copyFailed)
        }
      >
        {messages.copy}
      </button>
      <span role="status" className="embed-builder__status">
        {status}
      </span>
    </div>
  );
}

/**
 * For journalists: choose where the embed opens, its language, theme and title; see it live at
 * phone and column width; copy the loader snippet, or a plain iframe for CMSs that strip scripts.
 * Loaded only when the Embed button is first pressed.
 */
export default function EmbedBuilderDialog({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const lang = useStoryState((s) => s.lang);
  const { story, datedEvents, undatedEvents } = useStoryIndex();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const defaultLanguage = story.languages[0] ?? "nb";
  const [choices, setChoices] = useState<EmbedChoices>({
    start: "latest",
    lang,
    theme: "auto",
    header: true,
  });
  const set = <K extends keyof EmbedChoices>(key: K, value: EmbedChoices[K]) =>
    setChoices((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  }, []);

  const origin = window.location.origin;
  const embedUrl = buildEmbedUrl(
    new URL(storyPath(story.slug, "embed"), origin).href,
    choices,
    defaultLanguage,
  );
  const storyUrl = new URL(storyPath(story.slug), origin);
  if (choices.lang !== defaultLanguage) storyUrl.searchParams.set("lang", choices.lang);
  const title = story.title[choices.lang];
  const ids = {
    start: useId(),
    lang: useId(),
    theme: useId(),
    header: useId(),
  };

  return (
    <dialog ref={dialogRef} className="embed-builder" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-builder__top">
        <h2 id={titleId}>{messages.embedTitle}</h2>
        <form method="dialog">
          <button type="submit" className="side-panel__close" aria-label={messages.close}>
            <span aria-hidden="true">×</span>
          </button>
        </form>
      </div>
      <div className="embed-builder__options">
        <div className="embed-builder__field">
          <label htmlFor={ids.start}>{messages.embedStart}</label>
          <select
            id={ids.start}
            value={choices.start}
            onChange={(e) => set("start", e.target.value)}
          >
            <option value="latest">{messages.embedStartLatest}</option>
            <option value="first">{messages.embedStartFirst}</option>
            {[...datedEvents, ...undatedEvents].map((event) => (
              <option key={event.id} value={event.id}>
                {formatStoryDate(event.date, lang)}: {event.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-builder__field">
          <label htmlFor={ids.lang}>{messages.embedLanguage}</label>
          <select
            id={ids.lang}
            value={choices.lang}
            onChange={(e) => set("lang", e.target.value as EmbedChoices["lang"])}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {getMessages(language).languageName}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-builder__field">
          <label htmlFor={ids.theme}>{messages.embedTheme}</label>
          <select
            id={ids.theme}
            value={choices.theme}
            onChange={(e) => set("theme", e.target.value as EmbedChoices["theme"])}
          >
            <option value="auto">{messages.themeAuto}</option>
            <option value="light">{messages.themeLight}</option>
            <option value="dark">{messages.themeDark}</option>
          </select>
        </div>
        <div className="embed-builder__field embed-builder__field--check">
          <input
            id={ids.header}
            type="checkbox"
            checked={choices.header}
            onChange={(e) => set("header", e.target.checked)}
          />
          <label htmlFor={ids.header}>{messages.embedHeader}</label>
        </div>
      </div>
      <h3>{messages.embedPreview}</h3>
      <div className="embed-builder__previews">
        <EmbedPreview
          src={embedUrl}
          width={320}
          title={`${messages.embedPreview}: ${messages.previewPhone}`}
        />
        <EmbedPreview
          src={embedUrl}
          width={640}
          title={`${messages.embedPreview}: ${messages.previewColumn}`}
        />
      </div>
      <Snippet
        label={messages.snippetLoader}
        code={loaderSnippet(embedUrl, storyUrl.href, title, new URL("/embed.js", origin).href)}
      />
      <Snippet
        label={messages.snippetIframe}
        code={iframeSnippet(embedUrl, title, FIXED_IFRAME_HEIGHT)}
      />
    </dialog>
  );
}
