import type { DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { TextField } from "./text-field.tsx";

/** An entry's id, with the reminder that it is part of the story's links. */
export function IdField({ path }: { path: DataPath }) {
  const messages = useStudioMessages();
  return (
    <TextField
      path={path}
      label={messages.formId}
      hint={messages.formIdHint}
      placeholder="call-21-november"
    />
  );
}
