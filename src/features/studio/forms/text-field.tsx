import type { HTMLAttributes } from "react";
import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { edit, useForm } from "./form-context.tsx";
import { FieldNotes, MissingBadge, notesFor } from "./field-notes.tsx";
import { str, valueAt } from "./loose.ts";
import { problemsFor } from "./problems.ts";
import { useDraft } from "./use-draft.ts";

export interface TextFieldProps {
  /** The field it edits: its id is fieldDomId(path), and by default it sets this path. */
  path: DataPath;
  label: string;
  /** What the input shows; by default the text at `path`. */
  value?: string | undefined;
  /** Replaces the default edit (set the text, or delete an optional field left empty). */
  onCommit?: ((text: string) => void) | undefined;
  /** An optional field left empty is removed from the YAML rather than written as "". */
  optional?: boolean | undefined;
  multiline?: boolean | undefined;
  type?: "text" | "url" | "date" | "datetime-local" | undefined;
  hint?: string | undefined;
  /** The translation is missing: marked with a badge and aria-invalid. */
  missing?: boolean | undefined;
  /** The language of the text typed in (nb or en), for spelling and speech. */
  lang?: string | undefined;
  placeholder?: string | undefined;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  list?: string | undefined;
  /** Problems at these paths are shown here too (an input that writes a whole date). */
  problemPath?: DataPath | undefined;
  /** Told when the input gains and loses focus. */
  onFocusChange?: ((focused: boolean) => void) | undefined;
}

/** A labelled text input or textarea, with its hint, its problems and a missing mark. */
export function TextField(props: TextFieldProps) {
  const { data, problems, onEdit } = useForm();
  const id = fieldDomId(props.path);
  const value = props.value ?? str(valueAt(data, props.path));
  const commit =
    props.onCommit ??
    ((text: string) =>
      onEdit([
        props.optional && text.trim() === "" ? edit.delete(props.path) : edit.set(props.path, text),
      ]));
  const draft = useDraft(value, commit);
  const mine = problemsFor(problems, props.problemPath ?? props.path, "field");
  const notes = notesFor(id, mine, { hint: props.hint, missing: props.missing });
  const common = {
    id,
    value: draft.value,
    onFocus: () => {
      draft.onFocus();
      props.onFocusChange?.(true);
    },
    onBlur: () => {
      draft.onBlur();
      props.onFocusChange?.(false);
    },
    "aria-invalid": notes.invalid ? ("true" as const) : undefined,
    "aria-describedby": notes.describedBy,
    lang: props.lang,
    placeholder: props.placeholder,
  };
  return (
    <div className={props.multiline ? "sf-field sf-field--wide" : "sf-field"}>
      <span className="sf-field__head">
        <label htmlFor={id}>{props.label}</label>
        {props.missing && <MissingBadge id={id} />}
      </span>
      {props.multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => draft.onChange(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          list={props.list}
          onChange={(event) => draft.onChange(event.currentTarget.value)}
        />
      )}
      <FieldNotes id={id} hint={props.hint} problems={mine} />
    </div>
  );
}
