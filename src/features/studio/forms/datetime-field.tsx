import type { DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { joinIso, splitIso } from "./datetime.ts";
import { edit, useForm } from "./form-context.tsx";
import { rec, str, valueAt } from "./loose.ts";
import { TextField } from "./text-field.tsx";

/**
 * A date and time with offset (published, updated). A datetime-local input while the YAML
 * holds a valid time; otherwise a text input showing exactly what is there, to correct.
 */
export function DateTimeField(props: {
  path: DataPath;
  label: string;
  optional?: boolean | undefined;
}) {
  const { data, onEdit } = useForm();
  const messages = useStudioMessages();
  const value = str(valueAt(data, props.path));
  const timeZone = str(rec(data["story"])["timeZone"]) || "Europe/Oslo";
  const parts = splitIso(value);
  if (value !== "" && parts === undefined) {
    return (
      <TextField
        path={props.path}
        label={props.label}
        optional={props.optional}
        hint={messages.formDateTimeHint}
        placeholder="2025-12-03T09:00:00+01:00"
      />
    );
  }
  return (
    <TextField
      path={props.path}
      label={props.label}
      type="datetime-local"
      value={parts?.local ?? ""}
      onCommit={(local) => {
        if (local === "") {
          if (props.optional && value !== "") onEdit([edit.delete(props.path)]);
          return;
        }
        onEdit([edit.set(props.path, joinIso(local, timeZone, value))]);
      }}
    />
  );
}
