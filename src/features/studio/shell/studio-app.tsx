import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { fillTemplate } from "@/i18n/messages.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { EditorApi } from "@/features/studio/editor/editor-api.ts";
import type { DataPath } from "@/features/studio/model/story-edit.ts";
import { siteStoryText } from "@/features/studio/model/project-save.ts";
import { getStudioMessages, StudioLangContext } from "@/features/studio/i18n/studio-messages.ts";
import { EditViews, type EditTab } from "./edit-views.tsx";
import { DraftNotices, StatusLine, TodoList } from "./notices.tsx";
import { PreviewPane } from "./preview-pane.tsx";
import { ProblemList } from "./problem-list.tsx";
import { StudioContext } from "./studio-context.tsx";
import { StudioToolbar } from "./studio-toolbar.tsx";
import type { StudioStore } from "./studio-store.ts";
import { useAnalysis } from "./use-analysis.ts";
import { useDrafts } from "./use-drafts.ts";
import { useFileActions } from "./use-file-actions.ts";
import { useLeaveWarning } from "./use-leave-warning.ts";
import { useUndoKeys } from "./use-undo-keys.ts";
import "./studio.css";

interface StudioAppProps {
  store: StudioStore;
  /** The browser's language first (studio-entry), switchable. */
  initialLang: Language;
  /** True under `npm start`, whose dev server can write into the project. */
  canSaveToProject: boolean;
}

/**
 * The studio: a journalist makes, checks, previews and saves a story in the browser. One text
 * (story.yaml) shown as forms and as YAML, checked as it is typed, previewed by the site's own
 * renderer, kept as a draft after every change, and saved by download or into the project.
 */
export function StudioApp({ store, initialLang, canSaveToProject }: StudioAppProps) {
  const [lang, setLang] = useState(initialLang);
  const [tab, setTab] = useState<EditTab>("forms");
  const [reveal, setReveal] = useState<{ path: DataPath } | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const editorRef = useRef<EditorApi | null>(null);
  const context = useMemo(
    () => ({ store, editorRef, canSaveToProject }),
    [store, canSaveToProject],
  );
  const messages = getStudioMessages(lang);

  useAnalysis(store, lang);
  const drafts = useDrafts(store);
  useLeaveWarning(store);
  useUndoKeys(editorRef);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${messages.shellTitle} – News timeline`;
  }, [lang, messages.shellTitle]);

  // Under `npm start`: the file being edited changed on disk (an editor, a git pull).
  useEffect(() => {
    if (!import.meta.hot) return;
    const onChanged = async (data: { slug?: string }) => {
      const { slug, opened } = store.getState();
      if (data.slug !== slug || opened.kind !== "site") return;
      // Our own save changes the file too: only another hand's change is news.
      const onDisk = await siteStoryText(slug);
      if (onDisk !== null && onDisk !== store.getState().opened.diskText) {
        store.getState().say(fillTemplate(messages.shellChangedOnDisk, { slug }), true);
      }
    };
    import.meta.hot.on("story-changed", onChanged);
    return () => import.meta.hot?.off("story-changed", onChanged);
  }, [store, messages]);

  return (
    <StudioLangContext.Provider value={lang}>
      <StudioContext.Provider value={context}>
        <StudioDropZone onDragging={setDragging}>
          <div className={dragging ? "studio studio--dragging" : "studio"} lang={lang}>
            <header className="studio__header">
              <h1>{messages.shellTitle}</h1>
              <p className="studio__intro">{messages.shellIntro}</p>
              <StudioToolbar onLanguage={setLang} />
              <StatusLine />
            </header>
            <main className="studio__body">
              <DraftNotices drafts={drafts} />
              <TodoList />
              <p className="studio__phone-note">{messages.shellPhoneNote}</p>
              <div className="studio__main">
                <section className="studio__edit" aria-label={messages.shellViews}>
                  <EditViews tab={tab} onTab={setTab} reveal={reveal} />
                  <ProblemList
                    tab={tab}
                    onShowYaml={() => setTab("yaml")}
                    onReveal={(path) => setReveal({ path })}
                  />
                </section>
                <PreviewPane />
              </div>
            </main>
            {dragging && (
              <div className="studio__drop" aria-hidden="true">
                {messages.shellDropHere}
              </div>
            )}
          </div>
        </StudioDropZone>
      </StudioContext.Provider>
    </StudioLangContext.Provider>
  );
}

/** Files dropped anywhere on the studio open as they would from "Open file". */
function StudioDropZone({
  children,
  onDragging,
}: {
  children: React.ReactNode;
  onDragging: (dragging: boolean) => void;
}) {
  const actions = useFileActions();
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes("Files");
  return (
    <div
      className="studio-drop-zone"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        onDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) onDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        onDragging(false);
        void actions.openFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
    </div>
  );
}
