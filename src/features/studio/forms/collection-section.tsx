import { useRef, type ReactNode } from "react";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { EntryFrame } from "./entry-frame.tsx";
import { edit, useForm } from "./form-context.tsx";
import { idsOf, uniqueId } from "./ids.ts";
import { entries, type Loose } from "./loose.ts";
import { countInside } from "./problems.ts";

export interface Selection {
  index: number | null;
  /** Move focus into the editor when it opens (after Add). */
  focus: boolean;
}

export interface CollectionSectionProps {
  /** The top-level list it edits: "people", "sources"… */
  collection: string;
  /** The list's accessible name, "Personer". */
  listLabel: string;
  /** An entry's name in the list and the editor's heading. */
  nameOf: (item: Loose, id: string) => string;
  addLabel: string;
  /** Announced after a delete ("Person slettet – Ctrl+Z angrer"). */
  deletedMessage: string;
  emptyText: string;
  /** The base of a new entry's id, "new-person", and the entry it adds. */
  newIdBase: string;
  makeNew: (id: string) => Record<string, unknown>;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  renderEditor: (index: number) => ReactNode;
}

/** A list of a collection's entries, each opening its editor, with add and delete. */
export function CollectionSection(props: CollectionSectionProps) {
  const { data, problems, onEdit, announce } = useForm();
  const messages = useStudioMessages();
  const addButton = useRef<HTMLButtonElement>(null);
  const items = entries(data[props.collection]);
  const selected = props.selection.index;
  const editorId = `sf-${props.collection}-editor`;

  const add = () => {
    const id = uniqueId(props.newIdBase, idsOf(data[props.collection]));
    onEdit([edit.insert([props.collection], items.length, props.makeNew(id))]);
    props.onSelect({ index: items.length, focus: true });
  };
  const remove = (index: number) => {
    onEdit([edit.delete([props.collection, index])]);
    announce(props.deletedMessage);
    if (selected === index) props.onSelect({ index: null, focus: false });
    else if (selected !== null && selected > index) {
      props.onSelect({ index: selected - 1, focus: false });
    }
    addButton.current?.focus();
  };
  const current = selected === null ? undefined : items[selected];

  return (
    <div className="sf-collection">
      {items.length === 0 ? (
        <p className="sf-hint">{props.emptyText}</p>
      ) : (
        <ul className="sf-list" aria-label={props.listLabel}>
          {items.map(({ index, id, item }) => {
            const name = props.nameOf(item, id);
            const count = countInside(problems, [props.collection, index]);
            return (
              <li key={index} aria-current={selected === index ? "true" : undefined}>
                <button
                  type="button"
                  className="sf-link-button"
                  aria-expanded={selected === index}
                  aria-controls={selected === index ? editorId : undefined}
                  onClick={() =>
                    props.onSelect({ index: selected === index ? null : index, focus: false })
                  }
                >
                  {name}
                </button>
                {count > 0 && (
                  <span className="sf-badge sf-badge--problems">
                    {fillTemplate(messages.formProblemCount, { count })}
                  </span>
                )}
                <button type="button" className="sf-danger" onClick={() => remove(index)}>
                  {messages.formDelete} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" ref={addButton} className="sf-primary" onClick={add}>
        {props.addLabel}
      </button>
      {current !== undefined && (
        <EntryFrame
          path={[props.collection, current.index]}
          domId={editorId}
          heading={fillTemplate(messages.formEditEntry, {
            name: props.nameOf(current.item, current.id),
          })}
          focusOnOpen={props.selection.focus}
          onClose={() => props.onSelect({ index: null, focus: false })}
        >
          {props.renderEditor(current.index)}
        </EntryFrame>
      )}
    </div>
  );
}
