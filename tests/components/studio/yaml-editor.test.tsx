// @vitest-environment jsdom
import { forEachDiagnostic } from "@codemirror/lint";
import { EditorView } from "@codemirror/view";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { EditorApi } from "@/features/studio/editor/editor-api.ts";
import { minimalChange } from "@/features/studio/editor/editor-setup.ts";
import { YamlEditor } from "@/features/studio/editor/yaml-editor.tsx";
import type { StudioProblem } from "@/features/studio/model/studio-problem.ts";

const STORY =
  "story:\n  title:\n    nb: Tittel\n    en: Title\nevents:\n  - id: a\n    status: reported\n";

beforeAll(() => {
  // jsdom does no layout; CodeMirror measures text through ranges when it draws the cursor.
  const rect = () => new DOMRect(0, 0, 0, 0);
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = rect;
  Range.prototype.getClientRects = rects;
});

function renderEditor(props: Partial<Parameters<typeof YamlEditor>[0]> = {}) {
  const onChange = vi.fn<(text: string) => void>();
  let api: EditorApi | undefined;
  const all = {
    value: STORY,
    onChange,
    problems: [] as readonly StudioProblem[],
    onReady: (ready: EditorApi) => (api = ready),
    ...props,
  };
  const view = render(<YamlEditor {...all} />);
  const textbox = screen.getByRole("textbox", { name: "story.yaml" });
  const editor = EditorView.findFromDOM(textbox.closest(".cm-editor") as HTMLElement)!;
  const rerender = (next: Partial<typeof all>) => view.rerender(<YamlEditor {...all} {...next} />);
  return { textbox, editor, onChange, api: () => api!, rerender };
}

describe("YamlEditor", () => {
  it("shows the text in a multi-line textbox named story.yaml", () => {
    const { textbox } = renderEditor();
    expect(textbox).toHaveAttribute("aria-multiline", "true");
    expect(textbox).toHaveTextContent("nb: Tittel");
    expect(textbox).toHaveAccessibleDescription(/Esc/);
  });

  it("takes its accessible name from label", () => {
    render(<YamlEditor value="a: 1" onChange={() => {}} problems={[]} label="draft.yaml" />);
    expect(screen.getByRole("textbox", { name: "draft.yaml" })).toBeInTheDocument();
  });

  it("reports every change the journalist makes", async () => {
    const { textbox, editor, onChange } = renderEditor();
    await userEvent.click(textbox);
    act(() => editor.dispatch({ selection: { anchor: STORY.length } }));
    await userEvent.keyboard("x");
    expect(onChange).toHaveBeenLastCalledWith(`${STORY}x`);
    act(() => editor.dispatch({ changes: { from: 0, insert: "# " }, userEvent: "input.type" }));
    expect(onChange).toHaveBeenLastCalledWith(`# ${STORY}x`);
  });

  it("applies a new value as an undoable change, without echoing it", () => {
    const { editor, onChange, api, rerender } = renderEditor();
    const edited = STORY.replace("status: reported", "status: confirmed");
    rerender({ value: edited });
    expect(editor.state.doc.toString()).toBe(edited);
    expect(onChange).not.toHaveBeenCalled();

    let undone = false;
    act(() => void (undone = api().undo()));
    expect(undone).toBe(true);
    expect(editor.state.doc.toString()).toBe(STORY);
    expect(onChange).toHaveBeenLastCalledWith(STORY);

    act(() => void api().redo());
    expect(editor.state.doc.toString()).toBe(edited);
    expect(api().redo()).toBe(false);
  });

  it("keeps a form edit apart from the typing just before it in the history", async () => {
    const { textbox, editor, api, rerender } = renderEditor();
    await userEvent.click(textbox);
    act(() => editor.dispatch({ selection: { anchor: STORY.length } }));
    await userEvent.keyboard("x");
    rerender({ value: `${STORY}xy` });
    act(() => void api().undo());
    expect(editor.state.doc.toString()).toBe(`${STORY}x`);
    act(() => void api().undo());
    expect(editor.state.doc.toString()).toBe(STORY);
  });

  it("changes only what differs", () => {
    expect(minimalChange("status: reported\n", "status: denied\n")).toEqual({
      from: 8,
      to: 14,
      insert: "deni",
    });
    expect(minimalChange("a😀b", "a😃b")).toEqual({ from: 1, to: 3, insert: "😃" });
    expect(minimalChange("aaa", "aaaa")).toEqual({ from: 3, to: 3, insert: "a" });
  });

  it("does nothing when the value equals the text", () => {
    const { editor, api, rerender } = renderEditor();
    rerender({ value: STORY });
    expect(api().undo()).toBe(false);
    expect(editor.state.doc.toString()).toBe(STORY);
  });

  it("underlines problems on their lines, and updates them", () => {
    const problem = (line: number, severity: StudioProblem["severity"]): StudioProblem => ({
      severity,
      line,
      path: [],
      message: `${severity} on ${line}`,
    });
    const { editor, rerender } = renderEditor({
      problems: [problem(7, "error"), problem(3, "check"), problem(0, "warning")],
    });
    const diagnostics = () => {
      const found: { from: number; to: number; severity: string; message: string }[] = [];
      forEachDiagnostic(editor.state, (d, from, to) =>
        found.push({ from, to, severity: d.severity, message: d.message }),
      );
      return found.sort((a, b) => a.from - b.from);
    };
    const line7 = editor.state.doc.line(7);
    expect(diagnostics()).toEqual([
      {
        from: editor.state.doc.line(3).from + 4,
        to: editor.state.doc.line(3).to,
        severity: "info",
        message: "check on 3",
      },
      { from: line7.from + 4, to: line7.to, severity: "error", message: "error on 7" },
    ]);
    expect(document.querySelector(".cm-lintRange-error")).toHaveTextContent("status: reported");

    rerender({ problems: [problem(2, "warning")] });
    expect(diagnostics()).toMatchObject([{ severity: "warning", message: "warning on 2" }]);
    rerender({ problems: [] });
    expect(diagnostics()).toEqual([]);
  });

  it("goes to a line: cursor at its start, focused", () => {
    const { editor, api } = renderEditor();
    act(() => api().goToLine(6));
    expect(editor.state.selection.main.head).toBe(editor.state.doc.line(6).from);
    expect(editor.hasFocus).toBe(true);
    act(() => api().goToLine(99));
    expect(editor.state.selection.main.head).toBe(
      editor.state.doc.line(editor.state.doc.lines).from,
    );
  });
});
