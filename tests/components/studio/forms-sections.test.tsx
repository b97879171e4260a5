// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { StoryForms, type StoryFormsProps } from "@/features/studio/forms/story-forms.tsx";
import { StudioLangContext } from "@/features/studio/i18n/studio-messages.ts";
import { fieldDomId, type StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory } from "@/features/studio/model/studio-problem.ts";

const fixture = (): LooseStory =>
  parse(readFileSync("tests/fixtures/minimal-story.yaml", "utf8")) as LooseStory;

function renderForms(props: Partial<StoryFormsProps> = {}) {
  const onEdit = vi.fn<(edits: readonly StoryEdit[]) => void>();
  const all: StoryFormsProps = { data: fixture(), problems: [], onEdit, ...props };
  const view = render(
    <StudioLangContext.Provider value="en">
      <StoryForms {...all} />
    </StudioLangContext.Provider>,
  );
  const rerender = (next: Partial<StoryFormsProps>) =>
    view.rerender(
      <StudioLangContext.Provider value="en">
        <StoryForms {...all} {...next} />
      </StudioLangContext.Provider>,
    );
  return { onEdit, user: userEvent.setup(), rerender };
}

describe("the sections", () => {
  it("are tabs with one tab stop, moved by the arrow keys", async () => {
    const { user } = renderForms();
    const events = screen.getByRole("tab", { name: "Events" });
    expect(screen.getAllByRole("tab").filter((tab) => tab.tabIndex === 0)).toEqual([events]);
    events.focus();
    await user.keyboard("{ArrowLeft}");
    const details = screen.getByRole("tab", { name: "Story details" });
    expect(details).toHaveFocus();
    expect(details).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Story details" })).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Sources" })).toHaveFocus();
  });

  it("edit the story's details, nb and en side by side, times with the zone's offset", async () => {
    const { onEdit, user } = renderForms();
    await user.click(screen.getByRole("tab", { name: "Story details" }));
    const title = screen.getByRole("group", { name: "Title" });
    expect(within(title).getByRole("textbox", { name: "Title (Norwegian)" })).toHaveValue("Tittel");
    expect(within(title).getByRole("textbox", { name: "Title (English)" })).toHaveAttribute(
      "id",
      fieldDomId(["story", "title", "en"]),
    );
    expect(screen.getByRole("textbox", { name: "Languages" })).toHaveAttribute("readonly");
    const published = screen.getByLabelText("Published");
    expect(published).toHaveValue("2025-12-03T09:00");
    // Summer time in Oslo (the default zone) is two hours ahead of UTC.
    fireEvent.change(published, { target: { value: "2025-07-01T10:30" } });
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "set", path: ["story", "published"], value: "2025-07-01T10:30:00+02:00" },
    ]);
    const credit = screen.getByRole("group", { name: "Credit" });
    await user.clear(within(credit).getByRole("textbox", { name: "Link to the original article" }));
    expect(onEdit).toHaveBeenLastCalledWith([{ kind: "delete", path: ["story", "credit", "url"] }]);
  });

  it("add and delete sources, and edit a source's kind", async () => {
    const { onEdit, user } = renderForms();
    await user.click(screen.getByRole("tab", { name: "Sources" }));
    const sources = screen.getByRole("list", { name: "Sources" });
    expect(within(sources).getAllByRole("listitem")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Add source" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      {
        kind: "insert",
        path: ["sources"],
        index: 2,
        value: { id: "new-source", kind: "other", name: { nb: "Ny kilde", en: "New source" } },
      },
    ]);
    await user.click(within(sources).getByRole("button", { name: "The ministry" }));
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Kind of source" }),
      "government",
    );
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "set", path: ["sources", 1, "kind"], value: "government" },
    ]);
    await user.click(within(sources).getByRole("button", { name: "Delete The agency" }));
    expect(onEdit).toHaveBeenLastCalledWith([{ kind: "delete", path: ["sources", 0] }]);
    expect(screen.getByRole("status")).toHaveTextContent("Source deleted – Ctrl+Z undoes");
  });

  it("edit a viewpoint: the person from people, quotes word for word as nb/en pairs", async () => {
    const data = fixture();
    data["people"] = [{ id: "ana", name: "Ana", title: { nb: "Forsker", en: "Researcher" } }];
    data["viewpoints"] = [{ id: "ana-view", person: "ana", quotes: [{ nb: "Ja", en: "" }] }];
    const { onEdit, user } = renderForms({ data });
    await user.click(screen.getByRole("tab", { name: "Viewpoints" }));
    await user.click(screen.getByRole("button", { name: "Ana" }));
    expect(screen.getByRole("combobox", { name: "Person" })).toHaveValue("ana");
    const english = screen.getByRole("textbox", { name: /Quote 1 \(English\)/ });
    expect(english).toHaveAttribute("aria-invalid", "true");
    expect(english).toHaveAttribute("id", fieldDomId(["viewpoints", 0, "quotes", 0, "en"]));
    await user.click(screen.getByRole("button", { name: "Add claim" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "insert", path: ["viewpoints", 0, "claims"], index: 0, value: { nb: "", en: "" } },
    ]);
    await user.click(
      within(screen.getByRole("group", { name: "Events it is about" })).getByRole("checkbox", {
        name: "First",
      }),
    );
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "insert", path: ["viewpoints", 0, "events"], index: 0, value: "first" },
    ]);
  });

  it("open the section and entry of a field to reveal, and focus it", () => {
    const { rerender } = renderForms();
    rerender({ reveal: { path: ["explainers", 0, "body", 0, "en"] } });
    expect(screen.getByRole("tab", { name: "Explainers" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(document.activeElement).toHaveAttribute(
      "id",
      fieldDomId(["explainers", 0, "body", 0, "en"]),
    );
    rerender({ reveal: { path: ["events", 1, "date", "to"] } });
    expect(document.activeElement).toHaveAttribute("id", fieldDomId(["events", 1, "date", "to"]));
  });
});
