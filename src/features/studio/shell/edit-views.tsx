import { useCallback, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { YamlEditor } from "@/features/studio/editor/yaml-editor.tsx";
import { StoryForms } from "@/features/studio/forms/story-forms.tsx";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";
import type { DataPath, StoryEdit } from "@/features/studio/model/story-edit.ts";
import { useStudio, useStudioContext } from "./studio-context.tsx";

export type EditTab = "forms" | "yaml";

/**
 * The two views of the one text, as tabs: forms for the journalist, the YAML for the power
 * path. Both stay mounted, so the code editor's history (the studio's undo) keeps every change
 * whichever view made it.
 */
export function EditViews({
  tab,
  onTab,
  reveal,
}: {
  tab: EditTab;
  onTab: (tab: EditTab) => void;
  /** A field to open and focus in the forms (a problem was clicked); a new object each time. */
  reveal: { path: DataPath } | undefined;
}) {
  const messages = useStudioMessages();
  const { store, editorRef } = useStudioContext();
  const text = useStudio((s) => s.text);
  const data = useStudio((s) => s.analysis.data);
  const problems = useStudio((s) => s.analysis.problems);
  const tabs = useRef<Record<EditTab, HTMLButtonElement | null>>({ forms: null, yaml: null });

  const onEdit = useCallback(
    (edits: readonly StoryEdit[]) => {
      const current = store.getState().text;
      try {
        store.getState().setText(applyEdits(current, edits));
      } catch (error) {
        store.getState().say(error instanceof Error ? error.message : String(error), true);
      }
    },
    [store],
  );

  // The tabs pattern: arrow keys move between tabs, and the tab panel follows.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next: EditTab = tab === "forms" ? "yaml" : "forms";
    onTab(next);
    tabs.current[next]?.focus();
    event.preventDefault();
  };

  const tabButton = (id: EditTab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`studio-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`studio-panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      ref={(element) => {
        tabs.current[id] = element;
      }}
      onClick={() => onTab(id)}
    >
      {label}
    </button>
  );

  const tabPanel = (id: EditTab, content: ReactNode) => (
    <div
      role="tabpanel"
      id={`studio-panel-${id}`}
      aria-labelledby={`studio-tab-${id}`}
      hidden={tab !== id}
      className={`studio-views__panel${id === "yaml" ? " studio-views__panel--yaml" : ""}`}
    >
      {content}
    </div>
  );

  return (
    <div className="studio-views">
      <div
        role="tablist"
        aria-label={messages.shellViews}
        className="studio-views__tabs"
        onKeyDown={onKeyDown}
      >
        {tabButton("forms", messages.shellFormsTab)}
        {tabButton("yaml", messages.shellYamlTab)}
      </div>
      {tabPanel(
        "forms",
        data ? (
          <StoryForms data={data} problems={problems} onEdit={onEdit} reveal={reveal} />
        ) : (
          <p className="studio-notice studio-notice--warning">{messages.shellFormsNeedYaml}</p>
        ),
      )}
      {tabPanel(
        "yaml",
        <YamlEditor
          value={text}
          onChange={(next) => store.getState().setText(next)}
          problems={problems}
          onReady={(api) => {
            editorRef.current = api;
          }}
        />,
      )}
    </div>
  );
}
