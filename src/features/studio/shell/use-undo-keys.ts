import { useEffect } from "react";
import type { EditorApi } from "@/features/studio/editor/editor-api.ts";

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y) undo and redo across both views: a form edit
 * is a change to the text, kept in the code editor's history, so the forms' keys are sent
 * there. Inside the code editor, its own keymap already does this.
 */
export function useUndoKeys(editorRef: { current: EditorApi | null }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(".cm-editor")) return;
      const key = event.key.toLowerCase();
      const redo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
      const undo = key === "z" && !event.shiftKey;
      if (!undo && !redo) return;
      if (!editorRef.current) return;
      event.preventDefault();
      if (redo) editorRef.current.redo();
      else editorRef.current.undo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [editorRef]);
}
