import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { Checklist } from "./checklist.tsx";
import { CollectionSection } from "./collection-section.tsx";
import { edit, useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
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
    <CollectionSection
      {...props}
      collection="people"
      listLabel={messages.formTabPeople}
      nameOf={(item, id) => str(item["name"]) || id || messages.formUntitled}
      addLabel={messages.formAddPerson}
      deletedMessage={messages.formPersonDeleted}
      emptyText={messages.formNoPeople}
      newIdBase="new-person"
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
  const lang = useStudioLang();
  const messages = useStudioMessages();
  const path = ["viewpoints", index] as const;
  const viewpoint = rec(list(data["viewpoints"])[index]);
  const choices = (key: string, nameKey: string) =>
    entries(data[key])
      .filter((entry) => entry.id !== "")
      .map((entry) => ({
        value: entry.id,
        label:
          nameKey === "name"
            ? str(entry.item["name"]) || entry.id
            : displayName(entry.item[nameKey], lang, entry.id),
      }));
  const setOrDelete = (key: string) => (value: string) =>
    onEdit([value === "" ? edit.delete([...path, key]) : edit.set([...path, key], value)]);
  const events = entries(data["events"])
    .filter((entry) => entry.id !== "")
    .map((entry) => ({ id: entry.id, label: displayName(entry.item["title"], lang, entry.id) }));
  const threads = entries(data["threads"])
    .filter((entry) => entry.id !== "")
    .map((entry) => ({ id: entry.id, label: displayName(entry.item["title"], lang, entry.id) }));
  return (
    <>
      <div className="sf-row">
        <IdField path={[...path, "id"]} />
        <SelectField
          path={[...path, "person"]}
          label={messages.formPerson}
          value={str(viewpoint["person"])}
          choices={choices("people", "name")}
          onChange={setOrDelete("person")}
        />
        <SelectField
          path={[...path, "question"]}
          label={messages.formQuestion}
          value={str(viewpoint["question"])}
          emptyLabel={messages.formNone}
          choices={choices("questions", "title")}
          onChange={setOrDelete("question")}
        />
        <SelectField
          path={[...path, "saidTo"]}
          label={messages.formSaidTo}
          value={str(viewpoint["saidTo"])}
          emptyLabel={messages.formNone}
          choices={choices("sources", "name")}
          onChange={setOrDelete("saidTo")}
        />
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
    <CollectionSection
      {...props}
      collection="viewpoints"
      listLabel={messages.formTabViewpoints}
      nameOf={nameOf}
      addLabel={messages.formAddViewpoint}
      deletedMessage={messages.formViewpointDeleted}
      emptyText={messages.formNoViewpoints}
      newIdBase="new-viewpoint"
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
