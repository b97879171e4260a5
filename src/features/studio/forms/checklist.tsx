import type { ReactNode } from "react";
import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { edit, useForm } from "./form-context.tsx";
import { FieldNotes, notesFor } from "./field-notes.tsx";
import { list, str, valueAt } from "./loose.ts";
import { problemsFor } from "./problems.ts";

export interface ChecklistOption {
  id: string;
  label: string;
}

export interface ChecklistProps {
  /** The list of ids (or of reports) this edits. */
  path: DataPath;
  legend: string;
  options: readonly ChecklistOption[];
  /** Said when there is nothing to choose from. */
  emptyText: string;
  /** The id an item of the list stands for; by default the item is the id. */
  itemId?: ((item: unknown) => string) | undefined;
  /** The item a ticked id adds; by default the id itself. */
  makeItem?: ((id: string) => unknown) | undefined;
  /** More fields under a ticked entry (a report's detail), given its index in the list. */
  renderTicked?: ((id: string, index: number) => ReactNode) | undefined;
  children?: ReactNode;
}

/**
 * Ids chosen from one of the story's collections, as checkboxes. Ticking appends the id to
 * the list (creating it), unticking removes that item. An id the list holds that names
 * nothing in the collection stays visible, ticked and marked, so it can be removed.
 */
export function Checklist(props: ChecklistProps) {
  const { data, problems, onEdit } = useForm();
  const messages = useStudioMessages();
  const items = list(valueAt(data, props.path));
  const idOf = props.itemId ?? ((item: unknown) => str(item));
  const chosen = items.map(idOf);
  const unknown = chosen.filter(
    (id, i) => id !== "" && chosen.indexOf(id) === i && !props.options.some((o) => o.id === id),
  );
  const shown: ChecklistOption[] = [
    ...props.options,
    ...unknown.map((id) => ({ id, label: fillTemplate(messages.formUnknownId, { id }) })),
  ];
  const groupId = fieldDomId(props.path);
  // Problems with the list or an item's id; a ticked entry's own fields show theirs.
  const mine = problemsFor(problems, props.path, "field").filter(
    (p) => p.path.length <= props.path.length + 1 || p.path[props.path.length + 1] === "source",
  );
  const toggle = (id: string, on: boolean) => {
    if (on) {
      onEdit([edit.insert(props.path, items.length, (props.makeItem ?? ((x: string) => x))(id))]);
      return;
    }
    // From the end, so each delete leaves the earlier indices in place.
    const at = chosen.flatMap((c, i) => (c === id ? [i] : [])).reverse();
    onEdit(at.map((i) => edit.delete([...props.path, i])));
  };
  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      className="sf-checklist"
      aria-describedby={notesFor(groupId, mine).describedBy}
    >
      <legend>{props.legend}</legend>
      {shown.length === 0 && <p className="sf-hint">{props.emptyText}</p>}
      <ul className="sf-checklist__items">
        {shown.map((option) => {
          const index = chosen.indexOf(option.id);
          const boxId = `${groupId}--${option.id.replace(/[^\w-]/g, "_")}`;
          return (
            <li key={option.id}>
              <span className="sf-check">
                <input
                  type="checkbox"
                  id={boxId}
                  checked={index !== -1}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                />
                <label htmlFor={boxId}>{option.label}</label>
              </span>
              {index !== -1 && props.renderTicked?.(option.id, index)}
            </li>
          );
        })}
      </ul>
      {props.children}
      <FieldNotes id={groupId} problems={mine} />
    </fieldset>
  );
}
