import { useEffect, useId, useRef, useState } from "react";
import { storyPath } from "@/lib/routes.ts";
import { sitePath } from "@/lib/site-base.ts";
import { formatStoryDate } from "@/i18n/format-date.ts";
import { getMessages } from "@/i18n/messages.ts";
import { loadAllLanguages } from "@/state/all-languages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { textIn } from "@/story/model/story-in-language.ts";
import { LANGUAGES } from "@/story/model/vocabulary.ts";
import { copyText } from "@/ui/copy-text.ts";
import { EmbedPreview } from "./embed-preview.tsx";
import {
  buildEmbedUrl,
  FIXED_IFRAME_HEIGHT,
  iframeSnippet,
  loaderSnippet,
  type EmbedChoices,
} from "./embed-snippets.ts";
import "./embed-builder.css";

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** [value, text] pairs. */
  options: readonly (readonly [string, string])[];
}

function SelectField({ label, value, onChange, options }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="embed-builder__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

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
 * For journalists: choose where the embed opens, its language, theme and title; copy the loader
 * snippet, or a plain iframe for CMSs that strip scripts (first, as copying is what they came
 * for); and see it live at phone and column width below.
 * Loaded only when the Embed button is first pressed.
 */
export default function EmbedBuilderDialog({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const lang = useLang();
  const { story, datedEvents, undatedEvents } = useStoryIndex();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const defaultLanguage = story.languages[0] ?? "nb";
  const [choices, setChoices] = useState<EmbedChoices>({
    start: "latest",
    lang,
    theme: "light",
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
  const inLanguage = { lang: choices.lang, original: defaultLanguage };
  const embedUrl = buildEmbedUrl(
    new URL(storyPath(story.slug, { view: "embed", ...inLanguage }), origin).href,
    choices,
    defaultLanguage,
  );
  const storyUrl = new URL(storyPath(story.slug, inLanguage), origin);
  // The snippet names the embed in its own language: load them all while the builder is open
  // (StoryRoot swaps the story in); until then, the reader's language stands in.
  useEffect(() => void loadAllLanguages(story.slug), [story.slug]);
  const title = textIn(story.title, choices.lang, lang);
  const headerId = useId();

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
        <SelectField
          label={messages.embedStart}
          value={choices.start}
          onChange={(value) => set("start", value)}
          options={[
            ["latest", messages.embedStartLatest],
            ["first", messages.embedStartFirst],
            ...[...datedEvents, ...undatedEvents].map((event): [string, string] => [
              event.id,
              `${formatStoryDate(event.date, lang)}: ${event.title[lang]}`,
            ]),
          ]}
        />
        <SelectField
          label={messages.embedLanguage}
          value={choices.lang}
          onChange={(value) => set("lang", value as EmbedChoices["lang"])}
          options={LANGUAGES.map((language): [string, string] => [
            language,
            getMessages(language).languageName,
          ])}
        />
        <SelectField
          label={messages.embedTheme}
          value={choices.theme}
          onChange={(value) => set("theme", value as EmbedChoices["theme"])}
          options={[
            ["light", messages.themeLight],
            ["dark", messages.themeDark],
            ["auto", messages.themeAuto],
          ]}
        />
        <div className="embed-builder__field embed-builder__field--check">
          <input
            id={headerId}
            type="checkbox"
            checked={choices.header}
            onChange={(e) => set("header", e.target.checked)}
          />
          <label htmlFor={headerId}>{messages.embedHeader}</label>
        </div>
      </div>
      <Snippet
        label={messages.snippetLoader}
        code={loaderSnippet(
          embedUrl,
          storyUrl.href,
          title,
          new URL(sitePath("/embed.js"), origin).href,
        )}
      />
      <Snippet
        label={messages.snippetIframe}
        code={iframeSnippet(embedUrl, title, FIXED_IFRAME_HEIGHT)}
      />
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
    </dialog>
  );
}
