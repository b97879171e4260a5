// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { StoryForms } from "@/features/studio/forms/story-forms.tsx";
import { StudioLangContext } from "@/features/studio/i18n/studio-messages.ts";
import { fieldDomId, type StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory, StudioProblem } from "@/features/studio/model/studio-problem.ts";
import type { Language } from "@/story/model/vocabulary.ts";

const fixture = (): LooseStory =>
  parse(readFileSync("tests/fixtures/minimal-story.yaml", "utf8")) as LooseStory;

function renderForms(
  options: { data?: LooseStory; problems?: StudioProblem[]; lang?: Language } = {},
) {
  const onEdit = vi.fn<(edits: readonly StoryEdit[]) => void>();
  render(
    <StudioLangContext.Provider value={options.lang ?? "en"}>
      <StoryForms
        data={options.data ?? fixture()}
        problems={options.problems ?? []}
        onEdit={onEdit}
      />
    </StudioLangContext.Provider>,
  );
  return { onEdit, user: userEvent.setup() };
}

const table = () => screen.getByRole("table", { name: "Events" });
const bodyRows = () => within(table()).getAllByRole("row").slice(1);

describe("the events table", () => {
  it("lists the events by date, while the edits name them by their place in the file", async () => {
    const { onEdit, user } = renderForms();
    expect(screen.getByRole("tab", { name: "Events" })).toHaveAttribute("aria-selected", "true");
    const rows = bodyRows();
    // The file has "first" (2025-11-21) before "second" (2014–2017).
    expect(rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent)).toEqual([
      "Second",
      "First",
    ]);
    expect(rows[0]).toHaveTextContent(/2014\s?–\s?2017/);
    expect(rows[0]).toHaveTextContent("Confirmed");
    expect(rows[1]).toHaveTextContent("Unconfirmed");
    await user.click(within(rows[0]!).getByRole("button", { name: "Delete Second" }));
    expect(onEdit).toHaveBeenLastCalledWith([{ kind: "delete", path: ["events", 1] }]);
  });

  it("adds an event at the end of the file, valid as it stands, and opens it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 11, 5, 12));
    try {
      const { onEdit, user } = renderForms();
      await user.click(screen.getByRole("button", { name: "Add event" }));
      expect(onEdit).toHaveBeenLastCalledWith([
        {
          kind: "insert",
          path: ["events"],
          index: 2,
          value: {
            id: "new-event",
            date: "2025-12-05",
            title: { nb: "Ny hendelse", en: "New event" },
            status: "confirmed",
          },
        },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives a new event an id no other event has", async () => {
    const data = fixture();
    (data["events"] as { id: string }[])[0]!.id = "new-event";
    const { onEdit, user } = renderForms({ data });
    await user.click(screen.getByRole("button", { name: "Add event" }));
    const [edit] = onEdit.mock.lastCall![0];
    expect(edit).toMatchObject({ kind: "insert", value: { id: "new-event-2" } });
  });

  it("duplicates an event right after it in the file, with a new id", async () => {
    const { onEdit, user } = renderForms();
    await user.click(screen.getByRole("button", { name: "Duplicate First" }));
    const original = (fixture()["events"] as object[])[0];
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "insert", path: ["events"], index: 1, value: { ...original, id: "first-2" } },
    ]);
  });

  it("deletes without asking, and says politely that Ctrl+Z undoes it", async () => {
    const { onEdit, user } = renderForms({ lang: "nb" });
    await user.click(screen.getByRole("button", { name: "Slett Første" }));
    expect(onEdit).toHaveBeenLastCalledWith([{ kind: "delete", path: ["events", 0] }]);
    expect(screen.getByRole("status")).toHaveTextContent("Hendelse slettet – Ctrl+Z angrer");
  });

  it("opens a row's event in the editor, each input with the id of the field it edits", async () => {
    const { onEdit, user } = renderForms();
    await user.click(screen.getByRole("button", { name: "Second" }));
    const editor = screen.getByRole("region", { name: "Event: Second" });
    const english = within(editor).getByRole("textbox", { name: "Title (English)" });
    expect(english).toHaveAttribute("id", fieldDomId(["events", 1, "title", "en"]));
    expect(within(editor).getByRole("textbox", { name: "Title (Norwegian)" })).toHaveAttribute(
      "id",
      fieldDomId(["events", 1, "title", "nb"]),
    );
    expect(within(editor).getByRole("textbox", { name: "Id" })).toHaveAccessibleDescription(
      /appears in links/,
    );
    // Keeps what was typed while the YAML catches up (here it never does).
    await user.type(english, "!");
    expect(english).toHaveValue("Second!");
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "set", path: ["events", 1, "title", "en"], value: "Second!" },
    ]);
  });

  it("marks a missing English title in the table and at the field", async () => {
    const data = fixture();
    (data["events"] as { title: { en: string } }[])[0]!.title.en = "";
    const { user } = renderForms({ data });
    expect(bodyRows()[1]).toHaveTextContent("Missing translation");
    expect(bodyRows()[0]).toHaveTextContent("Translated");
    // Named in the other language while the studio's is missing.
    await user.click(screen.getByRole("button", { name: "Første" }));
    const english = screen.getByRole("textbox", { name: /Title \(English\)/ });
    expect(english).toHaveAttribute("aria-invalid", "true");
    expect(english).toHaveAccessibleDescription("Missing translation");
    expect(screen.getByRole("textbox", { name: "Title (Norwegian)" })).not.toHaveAttribute(
      "aria-invalid",
    );
  });

  it("shows a problem under its field, invalid when it is an error", async () => {
    const problems: StudioProblem[] = [
      {
        severity: "error",
        path: ["events", 1, "title", "nb"],
        line: 45,
        message: "expected text, found an empty string",
      },
      { severity: "check", path: ["events", 1, "title", "en"], line: 46, message: "Hedged?" },
    ];
    const { user } = renderForms({ problems });
    expect(screen.getByRole("tab", { name: /Events/ })).toHaveTextContent("2");
    await user.click(screen.getByRole("button", { name: "Second" }));
    const nb = screen.getByRole("textbox", { name: "Title (Norwegian)" });
    expect(nb).toHaveAttribute("aria-invalid", "true");
    expect(nb).toHaveAccessibleDescription("Error: expected text, found an empty string");
    const en = screen.getByRole("textbox", { name: "Title (English)" });
    expect(en).not.toHaveAttribute("aria-invalid");
    expect(en).toHaveAccessibleDescription("Check: Hedged?");
  });

  it("reads a broken story without failing", () => {
    renderForms({ data: { events: [{ date: { from: "x" } }, "junk", { title: 3 }] } });
    expect(bodyRows()).toHaveLength(3);
  });
});
