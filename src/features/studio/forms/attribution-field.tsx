import { useId, useState } from "react";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { Checklist } from "./checklist.tsx";
import { edit, useForm } from "./form-context.tsx";
import { idsOf, slugify, uniqueId } from "./ids.ts";
import { list, rec, str } from "./loose.ts";
import { useEntryOptions } from "./list-section.tsx";
import { LocalizedField } from "./localized-field.tsx";

const ROLES = ["reportedBy", "notConfirmedBy", "disputedBy", "deniedBy"] as const;

/** Adds a source to `sources` by its name, with an id made from the name. */
function AddSource() {
  const { data, onEdit, announce } = useForm();
  const messages = useStudioMessages();
  const [name, setName] = useState("");
  const inputId = useId();
  const add = () => {
    const trimmed = name.trim();
    if (trimmed === "") return;
    const id = uniqueId(slugify(trimmed) || "source", idsOf(data["sources"]));
    const source = { id, kind: "other", name: { nb: trimmed, en: trimmed } };
    onEdit([edit.insert(["sources"], list(data["sources"]).length, source)]);
    announce(fillTemplate(messages.formSourceAdded, { name: trimmed }));
    setName("");
  };
  return (
    <div className="sf-inline-add">
      <label htmlFor={inputId}>{messages.formNewSourceInput}</label>
      <input
        id={inputId}
        type="text"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add} disabled={name.trim() === ""}>
        {messages.formAddSource}
      </button>
    </div>
  );
}

/**
 * Who says what about the event's claim: for each role, the story's sources as checkboxes;
 * a report may say how they report it (detail, nb and en). Sources are added here by name.
 */
export function AttributionField({ index }: { index: number }) {
  const { data } = useForm();
  const messages = useStudioMessages();
  const options = useEntryOptions("sources", "name");
  const path = ["events", index, "attribution"] as const;
  const status = str(rec(list(data["events"])[index])["status"]);
  const legend = {
    reportedBy: messages.formReportedBy,
    notConfirmedBy: messages.formNotConfirmedBy,
    disputedBy: messages.formDisputedBy,
    deniedBy: messages.formDeniedBy,
  };
  return (
    <fieldset className="sf-attribution">
      <legend>{messages.formAttribution}</legend>
      {status !== "" && status !== "confirmed" && (
        <p className="sf-hint">{messages.formAttributionHint}</p>
      )}
      <div className="sf-attribution__roles">
        {ROLES.map((role) => (
          <Checklist
            key={role}
            path={[...path, role]}
            legend={legend[role]}
            options={options}
            emptyText={messages.formNoSources}
            {...(role === "reportedBy"
              ? {
                  itemId: (item: unknown) => str(rec(item)["source"]),
                  makeItem: (source: string) => ({ source }),
                  renderTicked: (_id: string, at: number) => (
                    <LocalizedField
                      path={[...path, role, at, "detail"]}
                      legend={messages.formReportDetail}
                      optional
                    />
                  ),
                }
              : {})}
          />
        ))}
      </div>
      <AddSource />
    </fieldset>
  );
}
