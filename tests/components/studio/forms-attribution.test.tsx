// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { StoryForms } from "@/features/studio/forms/story-forms.tsx";
import { fieldDomId, type StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory } from "@/features/studio/model/studio-problem.ts";

const fixture = (): LooseStory =>
  parse(readFileSync("tests/fixtures/minimal-story.yaml", "utf8")) as LooseStory;

/** The forms in Norwegian, the studio's default, with the event `name` open. */
async function openEvent(name: string, data: LooseStory = fixture()) {
  const onEdit = vi.fn<(edits: readonly StoryEdit[]) => void>();
  const user = userEvent.setup();
  render(<StoryForms data={data} problems={[]} onEdit={onEdit} />);
  await user.click(screen.getByRole("button", { name }));
  const role = (legend: string) => screen.getByRole("group", { name: legend });
  return { onEdit, user, role };
}

describe("status and attribution", () => {
  it("sets the status from the five, in words", async () => {
    const { onEdit, user } = await openEvent("Første");
    const status = screen.getByRole("combobox", { name: "Status" });
    expect(status).toHaveValue("unconfirmed");
    expect(status).toHaveAttribute("id", fieldDomId(["events", 0, "status"]));
    expect(
      within(status)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Bekreftet", "Rapportert", "Ubekreftet", "Omstridt", "Avvist"]);
    await user.selectOptions(status, "Omstridt");
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "set", path: ["events", 0, "status"], value: "disputed" },
    ]);
  });

  it("shows who says what, by the names of the story's sources", async () => {
    const { role } = await openEvent("Første");
    const reported = role("Meldt av");
    expect(within(reported).getByRole("checkbox", { name: "Byrået" })).toBeChecked();
    expect(within(reported).getByRole("checkbox", { name: "Departementet" })).not.toBeChecked();
    expect(
      within(role("Ikke bekreftet av")).getByRole("checkbox", { name: "Departementet" }),
    ).toBeChecked();
    expect(within(role("Avvist av")).getByRole("checkbox", { name: "Byrået" })).not.toBeChecked();
  });

  it("adds a report as { source } and a role's source as its id, removes by position", async () => {
    const { onEdit, user, role } = await openEvent("Første");
    await user.click(within(role("Meldt av")).getByRole("checkbox", { name: "Departementet" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      {
        kind: "insert",
        path: ["events", 0, "attribution", "reportedBy"],
        index: 1,
        value: { source: "ministry" },
      },
    ]);
    await user.click(within(role("Bestridt av")).getByRole("checkbox", { name: "Byrået" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      {
        kind: "insert",
        path: ["events", 0, "attribution", "disputedBy"],
        index: 0,
        value: "agency",
      },
    ]);
    await user.click(
      within(role("Ikke bekreftet av")).getByRole("checkbox", { name: "Departementet" }),
    );
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "delete", path: ["events", 0, "attribution", "notConfirmedBy", 0] },
    ]);
  });

  it("says how a source reports it, in nb and en", async () => {
    const { onEdit, user, role } = await openEvent("Første");
    const detail = within(role("Meldt av")).getByRole("textbox", {
      name: "Hvordan de melder det (norsk)",
    });
    expect(detail).toHaveAttribute(
      "id",
      fieldDomId(["events", 0, "attribution", "reportedBy", 0, "detail", "nb"]),
    );
    await user.type(detail, "ifølge byrået");
    expect(onEdit).toHaveBeenLastCalledWith([
      {
        kind: "set",
        path: ["events", 0, "attribution", "reportedBy", 0, "detail"],
        value: { nb: "ifølge byrået", en: "" },
      },
    ]);
  });

  it("keeps an id that names no source visible, so it can be removed", async () => {
    const data = fixture();
    const events = data["events"] as { attribution: { deniedBy?: string[] } }[];
    events[0]!.attribution.deniedBy = ["nobody"];
    const { onEdit, user, role } = await openEvent("Første", data);
    const stray = within(role("Avvist av")).getByRole("checkbox", { name: /nobody/ });
    expect(stray).toBeChecked();
    await user.click(stray);
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "delete", path: ["events", 0, "attribution", "deniedBy", 0] },
    ]);
  });

  it("adds a new source by name, with an id made from it", async () => {
    const { onEdit, user } = await openEvent("Andre");
    await user.type(screen.getByRole("textbox", { name: "Navn på ny kilde" }), "Det hvite hus");
    await user.click(screen.getByRole("button", { name: "Legg til kilde" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      {
        kind: "insert",
        path: ["sources"],
        index: 2,
        value: {
          id: "det-hvite-hus",
          kind: "other",
          name: { nb: "Det hvite hus", en: "Det hvite hus" },
        },
      },
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("Kilden «Det hvite hus» er lagt til");
  });

  it("ties an event to threads and explainers with checkboxes", async () => {
    const { onEdit, user, role } = await openEvent("Andre");
    await user.click(within(role("Tema")).getByRole("checkbox", { name: "Hovedsak" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "insert", path: ["events", 1, "threads"], index: 0, value: "main" },
    ]);
    await user.click(within(role("Bakgrunn")).getByRole("checkbox", { name: "Bakgrunn" }));
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "insert", path: ["events", 1, "explainers"], index: 0, value: "background" },
    ]);
  });
});
