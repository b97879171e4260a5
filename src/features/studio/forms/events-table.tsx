import { useRef } from "react";
import {
  getStudioMessages,
  useStudioLang,
  useStudioMessages,
} from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate, getMessages } from "@/i18n/messages.ts";
import { CLAIM_STATUSES } from "@/story/model/vocabulary.ts";
import { compareDates, describeDate, todayIso } from "./date-display.ts";
import { edit, useForm } from "./form-context.tsx";
import { idsOf, uniqueId } from "./ids.ts";
import { displayName, entries, eventHasMissingTranslation, str } from "./loose.ts";
import { countInside } from "./problems.ts";

export const EVENT_EDITOR_ID = "sf-event-editor";

export interface EventsTableProps {
  /** The open event's index in the file, or null. */
  selected: number | null;
  onSelect: (index: number | null, focusEditor: boolean) => void;
}

/** A new event: valid as it stands, dated today, at the end of the file. */
export function newEvent(id: string, today: string): Record<string, unknown> {
  return {
    id,
    date: today,
    title: {
      nb: getStudioMessages("nb").formNewEventTitle,
      en: getStudioMessages("en").formNewEventTitle,
    },
    status: "confirmed",
  };
}

/**
 * The story's events in date order (a sorted copy: the file keeps its own order, and every
 * edit names an event by its index in the file). Add, duplicate and delete are edits too.
 */
export function EventsTable({ selected, onSelect }: EventsTableProps) {
  const { data, problems, onEdit, announce } = useForm();
  const lang = useStudioLang();
  const messages = useStudioMessages();
  const appMessages = getMessages(lang);
  const addButton = useRef<HTMLButtonElement>(null);
  const events = entries(data["events"]);
  const rows = [...events].sort(
    (a, b) => compareDates(a.item["date"], b.item["date"]) || a.index - b.index,
  );

  const add = () => {
    const id = uniqueId("new-event", idsOf(data["events"]));
    onEdit([edit.insert(["events"], events.length, newEvent(id, todayIso()))]);
    onSelect(events.length, true);
  };
  const duplicate = (index: number) => {
    const original = events[index];
    if (!original) return;
    const copy = {
      ...structuredClone(original.item),
      id: uniqueId(original.id || "event", idsOf(data["events"])),
    };
    onEdit([edit.insert(["events"], index + 1, copy)]);
    onSelect(index + 1, true);
  };
  const remove = (index: number) => {
    onEdit([edit.delete(["events", index])]);
    announce(messages.formEventDeleted);
    if (selected === index) onSelect(null, false);
    else if (selected !== null && selected > index) onSelect(selected - 1, false);
    addButton.current?.focus();
  };

  return (
    <div className="sf-events">
      <div className="sf-table-wrap">
        <table className="sf-table">
          <caption>{messages.formEventsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.formColumnDate}</th>
              <th scope="col">{messages.formColumnTitle}</th>
              <th scope="col">{messages.formColumnStatus}</th>
              <th scope="col">{messages.formColumnTranslation}</th>
              <th scope="col">
                <span className="visually-hidden">{messages.formColumnActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ index, id, item }) => {
              const title = displayName(item["title"], lang, id || messages.formUntitled);
              const date = describeDate(item["date"], lang);
              const status = str(item["status"]);
              const known = CLAIM_STATUSES.find((s) => s === status);
              const problemCount = countInside(problems, ["events", index]);
              const missing = eventHasMissingTranslation(item);
              return (
                <tr key={index} aria-current={selected === index ? "true" : undefined}>
                  <td className="sf-table__date">
                    {date.approximate && `${messages.formApproximately} `}
                    {date.label ?? date.text}
                    {date.label !== undefined && (
                      <span className="sf-table__exact">
                        {" "}
                        (
                        {date.asOf
                          ? fillTemplate(messages.formAsOfDate, { date: date.text })
                          : date.text}
                        )
                      </span>
                    )}
                    {!date.valid && (
                      <span className="sf-badge sf-badge--error">{messages.formInvalidDate}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="sf-link-button"
                      aria-expanded={selected === index}
                      aria-controls={selected === index ? EVENT_EDITOR_ID : undefined}
                      onClick={() => onSelect(selected === index ? null : index, false)}
                    >
                      {title}
                    </button>
                    {problemCount > 0 && (
                      <span className="sf-badge sf-badge--problems">
                        {fillTemplate(messages.formProblemCount, { count: problemCount })}
                      </span>
                    )}
                  </td>
                  <td>
                    <span className={`sf-status sf-status--${known ?? "unknown"}`}>
                      {known ? appMessages.status[known] : status || "–"}
                    </span>
                  </td>
                  <td>
                    {missing ? (
                      <span className="sf-badge sf-badge--missing">
                        {messages.formMissingTranslation}
                      </span>
                    ) : (
                      <span className="sf-ok">{messages.formTranslated}</span>
                    )}
                  </td>
                  <td className="sf-table__actions">
                    <button type="button" onClick={() => duplicate(index)}>
                      {messages.formDuplicate} <span className="visually-hidden">{title}</span>
                    </button>
                    <button type="button" className="sf-danger" onClick={() => remove(index)}>
                      {messages.formDelete} <span className="visually-hidden">{title}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" ref={addButton} className="sf-primary" onClick={add}>
        {messages.formAddEvent}
      </button>
    </div>
  );
}
