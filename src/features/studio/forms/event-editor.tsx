import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate, getMessages } from "@/i18n/messages.ts";
import { CLAIM_STATUSES, EVENT_KINDS } from "@/story/model/vocabulary.ts";
import { AttributionField } from "./attribution-field.tsx";
import { Checklist } from "./checklist.tsx";
import { DateField } from "./date-field.tsx";
import { DateTimeField } from "./datetime-field.tsx";
import { EVENT_EDITOR_ID } from "./events-table.tsx";
import { EntryFrame } from "./entry-frame.tsx";
import { edit, useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { displayName, entries, list, rec, str } from "./loose.ts";
import { MediaFields, QuoteFields } from "./quote-media-fields.tsx";
import { SelectField } from "./select-field.tsx";

export interface EventEditorProps {
  /** The event's index in the file. */
  index: number;
  /** Moves focus to the editor's heading when it opens (after Add or Duplicate). */
  focusOnOpen: boolean;
  onClose: () => void;
}

/** Every field of one event, each writing its own path under ["events", index]. */
export function EventEditor({ index, focusOnOpen, onClose }: EventEditorProps) {
  const { data, onEdit } = useForm();
  const lang = useStudioLang();
  const messages = useStudioMessages();
  const app = getMessages(lang);
  const raw = list(data["events"])[index];
  if (raw === undefined) return null;

  const event = rec(raw);
  const path = ["events", index] as const;
  const title = displayName(event["title"], lang, str(event["id"]) || messages.formUntitled);
  const kind = str(event["kind"]) || "event";
  const status = CLAIM_STATUSES.find((known) => known === event["status"]);
  const collection = (key: string) =>
    entries(data[key])
      .filter((entry) => entry.id !== "")
      .map((entry) => ({ id: entry.id, label: displayName(entry.item["title"], lang, entry.id) }));

  return (
    <EntryFrame
      path={path}
      domId={EVENT_EDITOR_ID}
      heading={fillTemplate(messages.formEditEvent, { title })}
      focusOnOpen={focusOnOpen}
      onClose={onClose}
    >
      <div className="sf-row">
        <IdField path={[...path, "id"]} />
        <SelectField
          path={[...path, "kind"]}
          label={messages.formKind}
          value={kind}
          choices={EVENT_KINDS.map((k) => ({ value: k, label: app.kind[k] }))}
          onChange={(value) =>
            // `event` is the default: the YAML leaves it out, as the story files do.
            onEdit([
              value === "event"
                ? edit.delete([...path, "kind"])
                : edit.set([...path, "kind"], value),
            ])
          }
        />
        <SelectField
          path={[...path, "status"]}
          label={messages.formStatus}
          value={str(event["status"])}
          choices={CLAIM_STATUSES.map((s) => ({ value: s, label: app.status[s] }))}
          hint={status ? app.statusHelp[status] : undefined}
          onChange={(value) => onEdit([edit.set([...path, "status"], value)])}
        />
      </div>
      <DateField path={[...path, "date"]} />
      <LocalizedField path={[...path, "title"]} legend={messages.formTitle} />
      <LocalizedField
        path={[...path, "text"]}
        legend={messages.formText}
        optional
        multiline
        hint={messages.formMarkupHint}
      />
      <AttributionField index={index} />
      <QuoteFields index={index} />
      <div className="sf-columns">
        <Checklist
          path={[...path, "threads"]}
          legend={messages.formThreads}
          options={collection("threads")}
          emptyText={messages.formNoThreads}
        />
        <Checklist
          path={[...path, "explainers"]}
          legend={messages.formExplainers}
          options={collection("explainers")}
          emptyText={messages.formNoExplainers}
        />
      </div>
      <MediaFields index={index} />
      <div className="sf-row">
        <DateTimeField path={[...path, "added"]} label={messages.formAdded} optional />
        <DateTimeField path={[...path, "updated"]} label={messages.formEventUpdated} optional />
      </div>
    </EntryFrame>
  );
}
