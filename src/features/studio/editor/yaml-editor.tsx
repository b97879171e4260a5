import { isolateHistory, redo, undo } from "@codemirror/commands";
import { setDiagnostics } from "@codemirror/lint";
import { Annotation, Compartment, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { useEffect, useId, useRef, useState } from "react";
import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import type { EditorApi } from "./editor-api.ts";
import { editorExtensions, minimalChange, problemDiagnostics } from "./editor-setup.ts";
import "./yaml-editor.css";

export interface YamlEditorProps {
  /** The text of story.yaml. A new value from outside (a form edit) becomes an undoable change. */
  value: string;
  /** Called with the whole text after every change the journalist makes here. */
  onChange: (text: string) => void;
  /** Underlined on their lines. */
  problems: readonly StudioProblem[];
  /** Called once, when the editor is mounted. */
  onReady?: (api: EditorApi) => void;
  /** The editor's accessible name. */
  label?: string;
}

/** Marks a change that came in through `value`, so it is not reported back through onChange. */
const fromOutside = Annotation.define<boolean>();

function contentAttributes(label: string, hintId: string) {
  return EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": hintId });
}

/**
 * The code editor on story.yaml (CodeMirror 6). The text is the studio's one source of truth,
 * and this editor's history is the studio's undo and redo for every view: a form edit arrives
 * as a new `value` and is written in as the smallest change that makes the text equal, kept
 * in the history as a step of its own, so Ctrl+Z undoes it like typing.
 */
export function YamlEditor({
  value,
  onChange,
  problems,
  onReady,
  label = "story.yaml",
}: YamlEditorProps) {
  const messages = useStudioMessages();
  const hintId = useId();
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [attributes] = useState(() => new Compartment());
  // The latest props, read by the editor's callbacks, which are set up once.
  const latest = useRef({ onChange, onReady, messages, value, problems, label });
  useEffect(() => {
    latest.current = { onChange, onReady, messages, value, problems, label };
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const initial = latest.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initial.value,
        extensions: [
          editorExtensions(() => ({ required: latest.current.messages.editorRequired })),
          attributes.of(contentAttributes(initial.label, hintId)),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            if (update.transactions.every((tr) => tr.annotation(fromOutside))) return;
            latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    view.dispatch(setDiagnostics(view.state, problemDiagnostics(view.state.doc, initial.problems)));
    const api: EditorApi = {
      undo: () => undo(view),
      redo: () => redo(view),
      goToLine: (line) => {
        const { doc } = view.state;
        const target = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
        view.dispatch({
          selection: { anchor: target.from },
          effects: EditorView.scrollIntoView(target.from, { y: "center" }),
        });
        view.focus();
      },
      focus: () => view.focus(),
    };
    latest.current.onReady?.(api);
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [attributes, hintId]);

  // A new text from outside: the smallest change, as its own step in the history.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = view.state.doc.toString();
    if (current === value) return;
    view.dispatch({
      changes: minimalChange(current, value),
      annotations: [fromOutside.of(true), isolateHistory.of("full")],
      userEvent: "input.form",
    });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(setDiagnostics(view.state, problemDiagnostics(view.state.doc, problems)));
  }, [problems]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: attributes.reconfigure(contentAttributes(label, hintId)),
    });
  }, [attributes, label, hintId]);

  return (
    <div className="yaml-editor">
      <div className="yaml-editor-host" ref={hostRef} />
      <p className="yaml-editor-hint" id={hintId}>
        {messages.editorKeyboardHint}
      </p>
    </div>
  );
}
