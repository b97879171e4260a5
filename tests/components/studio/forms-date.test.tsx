// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { StoryForms } from "@/features/studio/forms/story-forms.tsx";
import { StudioLangContext } from "@/features/studio/i18n/studio-messages.ts";
import { fieldDomId, type StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory } from "@/features/studio/model/studio-problem.ts";

/** Applies edits to plain data, as applyEdits does to the YAML text, for the form to re-read. */
function applyEdits(data: LooseStory, edits: readonly StoryEdit[]): LooseStory {
  const next = structuredClone(data);
  for (const edit of edits) {
    const keys = edit.kind === "insert" ? edit.path : edit.path.slice(0, -1);
    let here: Record<string | number, unknown> = next;
    for (const key of keys) {
      here[key] ??= edit.kind === "insert" && key === keys.at(-1) ? [] : {};
      here = here[key] as Record<string | number, unknown>;
    }
    const last = edit.path.at(-1)!;
    if (edit.kind === "set") here[last] = edit.value;
    else if (edit.kind === "delete" && Array.isArray(here)) here.splice(Number(last), 1);
    else if (edit.kind === "delete") delete here[last];
    else (here as unknown as unknown[]).splice(edit.index, 0, edit.value);
  }
  return next;
}

const fixture = (): LooseStory =>
  parse(readFileSync("tests/fixtures/minimal-story.yaml", "utf8")) as LooseStory;

/** The forms over data that follows their edits, as the studio's shell keeps it. */
function Harness(props: {
  onEdit: (edits: readonly StoryEdit[]) => void;
  onData: (data: LooseStory) => void;
}) {
  const [data, setData] = useState(fixture);
  props.onData(data);
  return (
    <StudioLangContext.Provider value="en">
      <StoryForms
        data={data}
        problems={[]}
        onEdit={(edits) => {
          props.onEdit(edits);
          setData((current) => applyEdits(current, edits));
        }}
      />
    </StudioLangContext.Provider>
  );
}

async function openEvent(name: string) {
  const onEdit = vi.fn<(edits: readonly StoryEdit[]) => void>();
  const user = userEvent.setup();
  let data: LooseStory = fixture();
  render(<Harness onEdit={onEdit} onData={(latest) => (data = latest)} />);
  /** The event's date as the data holds it now, whatever the edits that wrote it. */
  const dateOf = (index: number) => (data["events"] as { date: unknown }[])[index]?.date;
  await user.click(screen.getByRole("button", { name }));
  const date = screen.getByRole("group", { name: "Date" });
  const precision = within(date).getByRole("combobox", { name: "Precision" });
  /** The date the last edit wrote, which must be a set of the whole date. */
  const written = (index: number) => {
    const last = onEdit.mock.lastCall?.[0];
    expect(last).toHaveLength(1);
    expect(last?.[0]).toMatchObject({ kind: "set", path: ["events", index, "date"] });
    return (last?.[0] as { value: unknown }).value;
  };
  const replace = async (label: string, text: string) => {
    const input = within(date).getByRole("textbox", { name: label });
    await user.clear(input);
    await user.type(input, text);
  };
  return { user, date, precision, written, replace, onEdit, dateOf };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2025, 11, 3, 12));
});
afterEach(() => vi.useRealTimers());

describe("the date field", () => {
  it("reads each form and gives its inputs the ids of the fields they edit", async () => {
    const { precision, date } = await openEvent("First");
    expect(precision).toHaveValue("day");
    expect(within(date).getByLabelText("Day")).toHaveAttribute(
      "id",
      fieldDomId(["events", 0, "date"]),
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Second" }));
    const range = screen.getByRole("group", { name: "Date" });
    expect(within(range).getByRole("combobox", { name: "Precision" })).toHaveValue("range");
    // YAML reads `from: 2014` as a number; the form shows it as the text it is.
    expect(within(range).getByRole("textbox", { name: "From" })).toHaveValue("2014");
    expect(within(range).getByRole("textbox", { name: "To" })).toHaveAttribute(
      "id",
      fieldDomId(["events", 1, "date", "to"]),
    );
  });

  it("writes a month as a plain string", async () => {
    const { user, precision, written, replace } = await openEvent("First");
    await user.selectOptions(precision, "month");
    expect(written(0)).toBe("2025-11");
    await replace("Month", "2018-02");
    expect(written(0)).toBe("2018-02");
  });

  it("writes a year as a plain string", async () => {
    const { user, precision, written, replace } = await openEvent("First");
    await user.selectOptions(precision, "year");
    expect(written(0)).toBe("2025");
    await replace("Year", "2024");
    expect(written(0)).toBe("2024");
  });

  it("writes a day, and an object when it has a label", async () => {
    const { user, precision, written, date, dateOf } = await openEvent("Second");
    await user.selectOptions(precision, "day");
    expect(written(1)).toBe("2014-01-01");
    const day = within(date).getByLabelText("Day");
    await user.clear(day);
    await user.type(day, "2025-11-21");
    expect(written(1)).toBe("2025-11-21");
    await user.type(
      within(date).getByRole("textbox", { name: "The date in words (Norwegian)" }),
      "Fredag",
    );
    await user.type(
      within(date).getByRole("textbox", { name: "The date in words (English)" }),
      "Friday",
    );
    expect(dateOf(1)).toEqual({ on: "2025-11-21", label: { nb: "Fredag", en: "Friday" } });
  });

  it("writes a range from one date to another", async () => {
    const { user, precision, written, replace, onEdit, dateOf } = await openEvent("First");
    await user.selectOptions(precision, "range");
    expect(written(0)).toEqual({ from: "2025-11-21", to: "2025-11-21" });
    await replace("From", "2014");
    await replace("To", "2017");
    expect(dateOf(0)).toEqual({ from: "2014", to: "2017" });
    // Each end is written alone, so a quick "From" then "To" cannot undo the first.
    expect(onEdit.mock.lastCall?.[0]).toEqual([
      { kind: "set", path: ["events", 0, "date", "to"], value: "2017" },
    ]);
  });

  it("writes an approximate date", async () => {
    const { user, precision, written, replace } = await openEvent("First");
    await user.selectOptions(precision, "approximate");
    expect(written(0)).toEqual({ on: "2025-11-21", approximate: true });
    await replace("Approximate date", "2025-09");
    expect(written(0)).toEqual({ on: "2025-09", approximate: true });
  });

  it("writes a recent date with its unit, as-of date and words", async () => {
    const { user, precision, written, date } = await openEvent("First");
    await user.selectOptions(precision, "recent");
    expect(written(0)).toEqual({
      within: "months",
      asOf: "2025-11-21",
      label: { nb: "De siste månedene", en: "In recent months" },
    });
    await user.selectOptions(within(date).getByRole("combobox", { name: "In recent" }), "weeks");
    expect(written(0)).toEqual({
      within: "weeks",
      asOf: "2025-11-21",
      label: { nb: "De siste ukene", en: "In recent weeks" },
    });
  });

  it("writes an undated item with its as-of date and words in nb and en", async () => {
    const { user, precision, written, date, dateOf } = await openEvent("First");
    await user.selectOptions(precision, "undated");
    expect(written(0)).toEqual({ undated: true, asOf: "2025-11-21", label: { nb: "", en: "" } });
    const asOf = within(date).getByLabelText("As of");
    expect(asOf).toHaveAttribute("id", fieldDomId(["events", 0, "date", "asOf"]));
    await user.clear(asOf);
    await user.type(asOf, "2025-12-03");
    const nb = within(date).getByRole("textbox", { name: /The date in words \(Norwegian\)/ });
    expect(nb).toHaveAttribute("aria-invalid", "true");
    await user.type(nb, "Tidspunkt ukjent");
    await user.type(
      within(date).getByRole("textbox", { name: /The date in words \(English\)/ }),
      "Time unknown",
    );
    expect(dateOf(0)).toEqual({
      undated: true,
      asOf: "2025-12-03",
      label: { nb: "Tidspunkt ukjent", en: "Time unknown" },
    });
  });

  it("uses today for a new date's precision when the event has none", async () => {
    const onEdit = vi.fn<(edits: readonly StoryEdit[]) => void>();
    const data = fixture();
    delete (data["events"] as Record<string, unknown>[])[0]!["date"];
    render(<StoryForms data={data} problems={[]} onEdit={onEdit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Første" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Presisjon" }), "month");
    expect(onEdit).toHaveBeenLastCalledWith([
      { kind: "set", path: ["events", 0, "date"], value: "2025-12" },
    ]);
  });
});
