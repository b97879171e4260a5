import { useEffect, useRef, useState } from "react";
import { sitePath } from "@/lib/site-base.ts";
import { LANGUAGES } from "@/story/model/vocabulary.ts";
import { getMessages } from "@/i18n/messages.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { isPreviewReady, type PreviewMessage } from "@/features/studio/preview/preview-protocol.ts";
import { useStudio, useStudioContext } from "./studio-context.tsx";
import type { PreviewOptions } from "./studio-store.ts";

const PREVIEW_URL = sitePath("/studio/preview/");
/** The phone view's width: a common phone's, where most readers are. */
const PHONE_WIDTH = 390;

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="studio-choice">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The story as readers will see it, drawn by the site's own code in a frame: as a page, an
 * embed or on a phone, in either language and theme. While the text has errors it keeps the
 * last valid version, under a banner that says so; never a blank.
 */
export function PreviewPane() {
  const messages = useStudioMessages();
  const { store } = useStudioContext();
  const story = useStudio((s) => s.lastValid);
  const valid = useStudio((s) => s.analysis.story !== null);
  const options = useStudio((s) => s.preview);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (
        event.origin !== window.location.origin ||
        event.source !== frameRef.current?.contentWindow
      )
        return;
      if (isPreviewReady(event.data)) setReady(true);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    const frame = frameRef.current?.contentWindow;
    if (!ready || !frame || !story) return;
    const message: PreviewMessage = { type: "studio:preview", story, ...options };
    frame.postMessage(message, window.location.origin);
  }, [ready, story, options]);

  const set = (change: Partial<PreviewOptions>) => store.getState().setPreview(change);
  return (
    <section className="studio-preview" aria-label={messages.shellPreview}>
      <h2 className="visually-hidden">{messages.shellPreview}</h2>
      <div className="studio-preview__controls">
        <Choice
          legend={messages.shellPreviewView}
          name="preview-view"
          value={options.view}
          onChange={(view) => set({ view })}
          options={[
            ["page", messages.shellViewPage],
            ["embed", messages.shellViewEmbed],
            ["phone", messages.shellViewPhone],
          ]}
        />
        <Choice
          legend={messages.shellPreviewLanguage}
          name="preview-lang"
          value={options.lang}
          onChange={(lang) => set({ lang })}
          options={LANGUAGES.map((lang) => [lang, getMessages(lang).languageName] as const)}
        />
        <Choice
          legend={messages.shellTheme}
          name="preview-theme"
          value={options.theme}
          onChange={(theme) => set({ theme })}
          options={[
            ["light", messages.shellThemeLight],
            ["dark", messages.shellThemeDark],
          ]}
        />
      </div>
      {!valid && story && (
        <p className="studio-preview__stale" role="status">
          {messages.shellPreviewStale}
        </p>
      )}
      {!story && <p className="studio-preview__none">{messages.shellPreviewNone}</p>}
      <div className={`studio-preview__stage studio-preview__stage--${options.view}`}>
        <iframe
          ref={frameRef}
          src={PREVIEW_URL}
          title={messages.shellPreviewFrame}
          className="studio-preview__frame"
          style={options.view === "phone" ? { width: PHONE_WIDTH } : undefined}
          hidden={!story}
        />
      </div>
    </section>
  );
}
