import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { Checklist, type ChecklistOption } from "./checklist.tsx";
import { edit, useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
import { ListSection, useEntryOptions } from "./list-section.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { LocalizedListField } from "./localized-list-field.tsx";
import { displayName, entries, list, rec, str } from "./loose.ts";
import type { SectionProps } from "./section-props.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

/** People who are quoted: name (the same in every language), role, affiliation. */
export function PeopleSection(props: SectionProps) {
  const messages = useStudioMessages();
  return (
    <ListSection
      {...props}
      collection="people"
      nameOf={(item, id) => str(item["name"]) || id || messages.formUntitled}
      makeNew={(id) => ({ id, name: messages.formNewPersonName, title: { nb: "", en: "" } })}
      renderEditor={(index) => (
        <>
          <div className="sf-row">
            <IdField path={["people", index, "id"]} />
            <TextField path={["people", index, "name"]} label={messages.formPersonName} />
          </div>
          <LocalizedField path={["people", index, "title"]} legend={messages.formPersonTitle} />
          <LocalizedField
            path={["people", index, "affiliation"]}
            legend={messages.formAffiliation}
            optional
          />
        </>
      )}
    />
  );
}

/** A person's view on a question: verbatim quotes, claims, the events it is about. */
function ViewpointEditor({ index }: { index: number }) {
  const { data, onEdit } = useForm();
  const messages = useStudioMessages();
  const path = ["viewpoints", index] as const;
  const viewpoint = rec(list(data["viewpoints"])[index]);
  const people = useEntryOptions("people", "name", true);
  const questions = useEntryOptions("questions", "title");
  const sources = useEntryOptions("sources", "name");
  const events = useEntryOptions("events", "title");
  const threads = useEntryOptions("threads", "title");
  /** A choice of one entry by its id; choosing none deletes the field. */
  const pick = (key: string, label: string, options: ChecklistOption[], emptyLabel?: string) => (
    <SelectField
      path={[...path, key]}
      label={label}
      value={str(viewpoint[key])}
      emptyLabel={emptyLabel}
      choices={options.map((option) => ({ value: option.id, label: option.label }))}
      onChange={(value) =>
        onEdit([value === "" ? edit.delete([...path, key]) : edit.set([...path, key], value)])
      }
    />
  );
  return (
    <>
      <div className="sf-row">
        <IdField path={[...path, "id"]} />
        {pick("person", messages.formPerson, people)}
        {pick("question", messages.formQuestion, questions, messages.formNone)}
        {pick("saidTo", messages.formSaidTo, sources, messages.formNone)}
      </div>
      <LocalizedListField
        path={[...path, "quotes"]}
        legend={messages.formQuotes}
        itemLegend={messages.formQuoteItem}
        addLabel={messages.formAddQuote}
        hint={messages.formQuoteHint}
      />
      <LocalizedListField
        path={[...path, "claims"]}
        legend={messages.formClaims}
        itemLegend={messages.formClaimItem}
        addLabel={messages.formAddClaim}
        hint={messages.formClaimsHint}
      />
      <div className="sf-columns">
        <Checklist
          path={[...path, "events"]}
          legend={messages.formViewpointEvents}
          options={events}
          emptyText={messages.formNoEvents}
        />
        <Checklist
          path={[...path, "threads"]}
          legend={messages.formThreads}
          options={threads}
          emptyText={messages.formNoThreads}
        />
      </div>
    </>
  );
}

export function ViewpointsSection(props: SectionProps) {
  const { data } = useForm();
  const lang = useStudioLang();
  const messages = useStudioMessages();
  const people = entries(data["people"]);
  const questions = entries(data["questions"]);
  const nameOf = (item: Record<string, unknown>, id: string) => {
    const person = people.find((p) => p.id === str(item["person"]));
    const question = questions.find((q) => q.id === str(item["question"]));
    const who = person ? str(person.item["name"]) || person.id : id || messages.formUntitled;
    return question ? `${who}: ${displayName(question.item["title"], lang, question.id)}` : who;
  };
  return (
    <ListSection
      {...props}
      collection="viewpoints"
      nameOf={nameOf}
      makeNew={(id) => ({
        id,
        ...(people[0]?.id ? { person: people[0].id } : {}),
        quotes: [],
        claims: [],
      })}
      renderEditor={(index) => <ViewpointEditor index={index} />}
    />
  );
}
