import { getStudioMessages, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { SOURCE_KINDS } from "@/story/model/vocabulary.ts";
import { Checklist } from "./checklist.tsx";
import { edit, useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
import { IdAndTitle, ListSection, useEntryOptions, useNameOf } from "./list-section.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { LocalizedListField } from "./localized-list-field.tsx";
import { list, rec, str } from "./loose.ts";
import type { SectionProps } from "./section-props.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

type NewKey =
  "formNewExplainerTitle" | "formNewQuestionTitle" | "formNewThreadTitle" | "formNewSourceName";

/** A new entry's title, in the story's languages whatever language the studio speaks. */
function newTitle(key: NewKey) {
  return { nb: getStudioMessages("nb")[key], en: getStudioMessages("en")[key] };
}

/** Longer text an entry may have (a summary, a description), in both languages. */
function OptionalText({ path, legend }: { path: readonly (string | number)[]; legend: string }) {
  return <LocalizedField path={path} legend={legend} optional multiline />;
}

export function ExplainersSection(props: SectionProps) {
  const messages = useStudioMessages();
  const sources = useEntryOptions("sources", "name");
  const threads = useEntryOptions("threads", "title");
  return (
    <ListSection
      {...props}
      collection="explainers"
      nameOf={useNameOf("title")}
      makeNew={(id) => ({
        id,
        title: newTitle("formNewExplainerTitle"),
        body: [{ nb: "", en: "" }],
      })}
      renderEditor={(index) => (
        <>
          <IdAndTitle path={["explainers", index]} legend={messages.formTitle} />
          <OptionalText path={["explainers", index, "summary"]} legend={messages.formSummary} />
          <LocalizedListField
            path={["explainers", index, "body"]}
            legend={messages.formBody}
            itemLegend={messages.formParagraph}
            addLabel={messages.formAddParagraph}
            hint={messages.formMarkupHint}
            min={1}
          />
          <div className="sf-columns">
            <Checklist
              path={["explainers", index, "sources"]}
              legend={messages.formExplainerSources}
              options={sources}
              emptyText={messages.formNoSources}
            />
            <Checklist
              path={["explainers", index, "threads"]}
              legend={messages.formThreads}
              options={threads}
              emptyText={messages.formNoThreads}
            />
          </div>
        </>
      )}
    />
  );
}

export function QuestionsSection(props: SectionProps) {
  const messages = useStudioMessages();
  return (
    <ListSection
      {...props}
      collection="questions"
      nameOf={useNameOf("title")}
      makeNew={(id) => ({ id, title: newTitle("formNewQuestionTitle") })}
      renderEditor={(index) => (
        <IdAndTitle path={["questions", index]} legend={messages.formQuestionTitle} />
      )}
    />
  );
}

export function ThreadsSection(props: SectionProps) {
  const messages = useStudioMessages();
  return (
    <ListSection
      {...props}
      collection="threads"
      nameOf={useNameOf("title")}
      makeNew={(id) => ({ id, title: newTitle("formNewThreadTitle") })}
      renderEditor={(index) => (
        <>
          <IdAndTitle path={["threads", index]} legend={messages.formTitle} />
          <OptionalText
            path={["threads", index, "description"]}
            legend={messages.formDescription}
          />
        </>
      )}
    />
  );
}

function SourceEditor({ index }: { index: number }) {
  const { data, onEdit } = useForm();
  const messages = useStudioMessages();
  const source = rec(list(data["sources"])[index]);
  const kindLabel: Record<(typeof SOURCE_KINDS)[number], string> = {
    publisher: messages.formSourceKindPublisher,
    "news-agency": messages.formSourceKindNewsAgency,
    newspaper: messages.formSourceKindNewspaper,
    government: messages.formSourceKindGovernment,
    court: messages.formSourceKindCourt,
    person: messages.formSourceKindPerson,
    other: messages.formSourceKindOther,
  };
  return (
    <>
      <div className="sf-row">
        <IdField path={["sources", index, "id"]} />
        <SelectField
          path={["sources", index, "kind"]}
          label={messages.formSourceKind}
          value={str(source["kind"]) || "other"}
          choices={SOURCE_KINDS.map((kind) => ({ value: kind, label: kindLabel[kind] }))}
          onChange={(kind) => onEdit([edit.set(["sources", index, "kind"], kind)])}
        />
        <TextField
          path={["sources", index, "url"]}
          label={messages.formSourceUrl}
          type="url"
          optional
          placeholder="https://"
        />
      </div>
      <LocalizedField path={["sources", index, "name"]} legend={messages.formSourceName} />
    </>
  );
}

export function SourcesSection(props: SectionProps) {
  return (
    <ListSection
      {...props}
      collection="sources"
      nameOf={useNameOf("name")}
      makeNew={(id) => ({ id, kind: "other", name: newTitle("formNewSourceName") })}
      renderEditor={(index) => <SourceEditor index={index} />}
    />
  );
}
