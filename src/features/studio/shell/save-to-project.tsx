import { useState } from "react";
import { fillTemplate } from "@/i18n/messages.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { saveToProject, type ProjectSaveResult } from "@/features/studio/model/project-save.ts";
import { useStudioContext } from "./studio-context.tsx";

type Pending = Extract<ProjectSaveResult, { kind: "invalid" | "conflict" }> | null;

/**
 * "Save to project" (dev server only): writes data/stories/<slug>/story.yaml. An invalid story
 * is saved only when the journalist confirms; a file changed on disk since it was opened is
 * never overwritten silently: the journalist opens the disk's version (theirs stays in the
 * undo history) or saves theirs with the other kept beside it.
 */
export function SaveToProject() {
  const messages = useStudioMessages();
  const { store } = useStudioContext();
  const [pending, setPending] = useState<Pending>(null);

  const save = async (options: { allowInvalid?: boolean; overwrite?: boolean } = {}) => {
    const { slug, text, opened } = store.getState();
    const result = await saveToProject({ slug, text, base: opened.diskText, ...options });
    const say = store.getState().say;
    if (result.kind === "saved") {
      setPending(null);
      store.getState().markSaved(text, text);
      store.setState((s) => ({
        opened: { ...s.opened, kind: "site", name: slug, diskText: text },
      }));
      say(
        result.keptOther
          ? fillTemplate(messages.shellSavedKeptOther, {
              path: result.path,
              other: result.keptOther,
            })
          : fillTemplate(messages.shellSaved, { path: result.path }),
      );
    } else if (result.kind === "failed") {
      setPending(null);
      say(fillTemplate(messages.shellSaveFailed, { detail: result.detail }), true);
    } else {
      setPending(result);
    }
  };

  const openDiskVersion = (diskText: string) => {
    const { slug } = store.getState();
    store.getState().open(diskText, { kind: "site", name: slug, diskText }, slug);
    setPending(null);
  };

  return (
    <>
      <button type="button" className="studio-button" onClick={() => void save()}>
        {messages.shellSaveToProject}
      </button>
      {pending?.kind === "invalid" && (
        <div className="studio-notice studio-notice--warning" role="alert">
          <p>{fillTemplate(messages.shellSaveInvalid, { count: pending.problems.length })}</p>
          <button
            type="button"
            className="studio-button"
            onClick={() => void save({ allowInvalid: true })}
          >
            {messages.shellSaveAnyway}
          </button>
          <button type="button" className="studio-button" onClick={() => setPending(null)}>
            {messages.shellCancel}
          </button>
        </div>
      )}
      {pending?.kind === "conflict" && (
        <div className="studio-notice studio-notice--warning" role="alert">
          <p>{messages.shellSaveConflict}</p>
          <button
            type="button"
            className="studio-button"
            onClick={() => openDiskVersion(pending.diskText)}
          >
            {messages.shellConflictReload}
          </button>
          <button
            type="button"
            className="studio-button"
            onClick={() => void save({ overwrite: true, allowInvalid: true })}
          >
            {messages.shellConflictOverwrite}
          </button>
        </div>
      )}
    </>
  );
}
