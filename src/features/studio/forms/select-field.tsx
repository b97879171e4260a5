import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { useForm } from "./form-context.tsx";
import { FieldNotes, notesFor } from "./field-notes.tsx";
import { problemsFor } from "./problems.ts";

export interface Choice {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  path: DataPath;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  /** Offers "none" as the first choice, with this label; chosen when the value is "". */
  emptyLabel?: string | undefined;
  hint?: string | undefined;
  /** A DOM id other than fieldDomId(path), for a control that edits no field of its own. */
  id?: string | undefined;
}

/**
 * A native select. A value the YAML holds that is not among the choices (a typo, an id that
 * no longer exists) is shown as it is, marked, so the form never hides what the file says.
 */
export function SelectField(props: SelectFieldProps) {
  const { problems } = useForm();
  const messages = useStudioMessages();
  const id = props.id ?? fieldDomId(props.path);
  const mine = props.id === undefined ? problemsFor(problems, props.path, "field") : [];
  const notes = notesFor(id, mine, { hint: props.hint });
  const known = props.choices.some((choice) => choice.value === props.value);
  const showEmpty = props.emptyLabel !== undefined || props.value === "";
  return (
    <div className="sf-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={notes.invalid ? "true" : undefined}
        aria-describedby={notes.describedBy}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {showEmpty && <option value="">{props.emptyLabel ?? messages.formChoose}</option>}
        {!known && props.value !== "" && (
          <option value={props.value}>
            {fillTemplate(messages.formUnknownValue, { value: props.value })}
          </option>
        )}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={props.hint} problems={mine} />
    </div>
  );
}
