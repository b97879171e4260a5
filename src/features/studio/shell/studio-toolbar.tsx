import { useEffect, useId, useRef, useState } from "react";
import { fillTemplate, getMessages } from "@/i18n/messages.ts";
import { storySlugProblem } from "@/lib/story-slug.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";
import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { siteStories } from "@/features/studio/model/project-save.ts";
import { SaveToProject } from "./save-to-project.tsx";
import { useStudio, useStudioContext } from "./studio-context.tsx";
import { useFileActions } from "./use-file-actions.ts";

const ACCEPT = ".yaml,.yml,.json,.csv,.png,.jpg,.jpeg,.webp";

/** New, open (a file, a site story), download, save, preview link; the slug; the studio's language. */
export function StudioToolbar({ onLanguage }: { onLanguage: (lang: Language) => void }) {
  const messages = useStudioMessages();
  const lang = useStudioLang();
  const { store, canSaveToProject } = useStudioContext();
  const actions = useFileActions();
  const fileInput = useRef<HTMLInputElement>(null);
  const [stories, setStories] = useState<{ slug: string; title: { nb?: string; en?: string } }[]>(
    [],
  );
  const [chosen, setChosen] = useState("");
  const slug = useStudio((s) => s.slug);
  const hasPictures = useStudio((s) => s.pictures.size > 0);
  const slugProblem = storySlugProblem(slug);
  const ids = { stories: useId(), slug: useId(), slugHint: useId(), fileHint: useId() };

  useEffect(() => {
    void siteStories().then((list) => {
      setStories(list);
      setChosen((current) => current || list[0]?.slug || "");
    });
  }, []);

  return (
    <div className="studio-toolbar">
      <div className="studio-toolbar__group">
        <button type="button" className="studio-button" onClick={actions.newStory}>
          {messages.shellNewStory}
        </button>
        <button
          type="button"
          className="studio-button"
          aria-describedby={ids.fileHint}
          onClick={() => fileInput.current?.click()}
        >
          {messages.shellOpenFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) void actions.openFiles(files);
          }}
        />
        <span id={ids.fileHint} className="visually-hidden">
          {messages.shellOpenFileHint}
        </span>
        {stories.length > 0 && (
          <span className="studio-toolbar__site">
            <label htmlFor={ids.stories}>{messages.shellSiteStories}</label>
            <select id={ids.stories} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {stories.map((story) => (
                <option key={story.slug} value={story.slug}>
                  {story.title[lang] ?? story.title.nb ?? story.slug}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="studio-button"
              onClick={() => void actions.openSiteStory(chosen)}
            >
              {messages.shellOpenSiteStory}
            </button>
          </span>
        )}
      </div>
      <div className="studio-toolbar__group">
        <span className="studio-toolbar__slug">
          <label htmlFor={ids.slug}>{messages.shellSlug}</label>
          <input
            id={ids.slug}
            value={slug}
            spellCheck={false}
            aria-invalid={slugProblem ? "true" : undefined}
            aria-describedby={ids.slugHint}
            onChange={(e) => store.getState().setSlug(e.target.value.trim())}
          />
          <span id={ids.slugHint} className={slugProblem ? "studio-field-error" : "studio-hint"}>
            {slugProblem ?? fillTemplate(messages.shellSlugHint, { slug })}
          </span>
        </span>
        <button
          type="button"
          className="studio-button studio-button--primary"
          onClick={() => void actions.download()}
        >
          {hasPictures ? messages.shellDownloadZip : messages.shellDownload}
        </button>
        {canSaveToProject && <SaveToProject />}
        <button type="button" className="studio-button" onClick={() => void actions.previewLink()}>
          {messages.shellPreviewLink}
        </button>
      </div>
      <nav className="studio-toolbar__lang" aria-label={messages.shellLanguage}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={language === lang}
            className="studio-button studio-button--quiet"
            onClick={() => onLanguage(language)}
          >
            {getMessages(language).languageName}
          </button>
        ))}
      </nav>
    </div>
  );
}
