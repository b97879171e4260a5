import { autocompletion, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import {
  bracketMatching,
  defaultHighlightStyle,
  HighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { lintGutter, lintKeymap, type Diagnostic } from "@codemirror/lint";
import { EditorState, type Extension, type Text } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";
import { storyCompletions, storyKeyHover, type AssistWords } from "./story-assist.ts";

/*
 * CodeMirror's default highlight colours are for a light background. Each becomes a
 * light-dark() pair, so the colours switch with the studio's theme like the app's tokens do;
 * the dark ones keep 4.5:1 against var(--bg) in dark mode.
 */
const DARK: Readonly<Record<string, string>> = {
  "#404740": "#b8c0b8",
  "#708": "#dba6f7",
  "#219": "#a9b8ff",
  "#164": "#86d9a6",
  "#a11": "#ffa3a3",
  "#e40": "#ffb07f",
  "#00f": "#97b8ff",
  "#30a": "#c1abff",
  "#085": "#73dcb4",
  "#167": "#85cfe3",
  "#256": "#96cadd",
  "#00c": "#8cc2ff",
  "#940": "#e6b877",
  "#f00": "#ff8a8a",
};

const highlightStyle = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => {
    const dark = typeof spec.color === "string" ? DARK[spec.color] : undefined;
    return dark ? { ...spec, color: `light-dark(${spec.color}, ${dark})` } : spec;
  }),
);

/** The editor's fixed extensions: everything but the accessible name and the changes listener. */
export function editorExtensions(words: () => AssistWords): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    syntaxHighlighting(highlightStyle),
    bracketMatching(),
    highlightActiveLine(),
    yaml(),
    lintGutter(),
    autocompletion({ override: [storyCompletions(words)] }),
    storyKeyHover(),
    EditorView.lineWrapping,
    /*
     * Tab indents (two spaces) and Shift+Tab outdents, as journalists who know code editors
     * expect, and as YAML needs. Tab is NOT a trap: CodeMirror releases it for one press
     * after Escape (Escape, then Tab or Shift+Tab moves focus on), and Ctrl+M (Shift+Alt+M
     * on macOS, from defaultKeymap) switches Tab to moving focus for as long as one likes. A
     * hint under the editor, linked by aria-describedby, says so.
     */
    keymap.of([
      ...completionKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
  ];
}

const SEVERITY = { error: "error", warning: "warning", check: "info" } as const;

/**
 * The problems as diagnostics, each underlining its line from the first character that is not
 * a space to the end; a problem without a line (0) or past the end is left to the list.
 */
export function problemDiagnostics(doc: Text, problems: readonly StudioProblem[]): Diagnostic[] {
  return problems.flatMap((problem) => {
    if (!Number.isInteger(problem.line) || problem.line < 1 || problem.line > doc.lines) return [];
    const line = doc.line(problem.line);
    const indent = line.text.search(/\S/);
    const from = indent < 0 ? line.to : line.from + indent;
    return [{ from, to: line.to, severity: SEVERITY[problem.severity], message: problem.message }];
  });
}

/** The smallest single change that turns `before` into `after`: common prefix and suffix kept. */
export function minimalChange(
  before: string,
  after: string,
): { from: number; to: number; insert: string } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // Never split a surrogate pair (an emoji) between the kept and the replaced text.
  if (start > 0 && /[\uD800-\uDBFF]/.test(before.charAt(start - 1))) start -= 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  if (end > 0 && /[\uDC00-\uDFFF]/.test(before.charAt(before.length - end))) end -= 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
