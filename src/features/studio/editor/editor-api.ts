/** What the studio may ask of the code editor once it is ready (YamlEditor's onReady). */
export interface EditorApi {
  /** Undoes the last change of either view (form edits are changes to the text too). */
  undo: () => boolean;
  redo: () => boolean;
  /** Moves the cursor to the start of a 1-based line, scrolls it into view and focuses. */
  goToLine: (line: number) => void;
  focus: () => void;
}
