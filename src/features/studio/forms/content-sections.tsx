import {
  getStudioMessages,
  useStudioLang,
  useStudioMessages,
} from "@/features/studio/i18n/studio-messages.ts";
import { SOURCE_KINDS } from "@/story/model/vocabulary.ts";
import { useSourceOptions } from "./attribution-field.tsx";
import { Checklist } from "./checklist.tsx";
import { CollectionSection } from "./collection-section.tsx";
import { edit, useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { LocalizedListField } from "./localized-list-field.tsx";
import { displayName, entries, list, rec, str, type Loose } from "./loose.ts";
import type { SectionProps } from "./section-props.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

type NewKey =
  "formNewExplainerTitle" | "formNewQuestionTitle" | "formNewThreadTitle" | "formNewSourceName";

/** A new entry's title, in the story's languages whatever language the studio speaks. */
function newTitle(key: NewKey) {
  return { nb: getStudioMessages("nb")[key], en: getStudioMessages("en")[key] };
}

function useTitleOf(field: string) {
  const lang = useStudioLang();
  const messages = useStudioMessages();
  return (item: Loose, id: string) => displayName(item[field], lang, id || messages.formUntitled);
}

function useThreadOptions() {
  const { data } = useForm();
  const lang = useStudioLang();
  return entries(data["threads"])
    .filter((entry) => entry.id !== "")
    .map((entry) => ({ id: entry.id, label: displayName(entry.item["title"], lang, entry.id) }));
}

export function ExplainersSection(props: SectionProps) {
  const messages = useStudioMessages();
  const titleOf = useTitleOf("title");
  const sources = useSourceOptions();
  const threads = useThreadOptions();
  return (
    <CollectionSection
      {...props}
      collection="explainers"
      listLabel={messages.formTabExplainers}
      nameOf={titleOf}
      addLabel={messages.formAddExplainer}
      deletedMessage={messages.formExplainerDeleted}
      emptyText={messages.formNoExplainers}
      newIdBase="new-explainer"
      makeNew={(id) => ({
        id,
        title: newTitle("formNewExplainerTitle"),
        body: [{ nb: "", en: "" }],
      })}
      renderEditor={(index) => (
        <>
          <IdField path={["explainers", index, "id"]} />
          <LocalizedField path={["explainers", index, "title"]} legend={messages.formTitle} />
          <LocalizedField
            path={["explainers", index, "summary"]}
            legend={messages.formSummary}
            optional
            multiline
          />
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
  const titleOf = useTitleOf("title");
  return (
    <CollectionSection
      {...props}
      collection="questions"
      listLabel={messages.formTabQuestions}
      nameOf={titleOf}
      addLabel={messages.formAddQuestion}
      deletedMessage={messages.formQuestionDeleted}
      emptyText={messages.formNoQuestions}
      newIdBase="new-question"
      makeNew={(id) => ({ id, title: newTitle("formNewQuestionTitle") })}
      renderEditor={(index) => (
        <>
          <IdField path={["questions", index, "id"]} />
          <LocalizedField
            path={["questions", index, "title"]}
            legend={messages.formQuestionTitle}
          />
        </>
      )}
    />
  );
}

export function ThreadsSection(props: SectionProps) {
  const messages = useStudioMessages();
  const titleOf = useTitleOf("title");
  return (
    <CollectionSection
      {...props}
      collection="threads"
      listLabel={messages.formTabThreads}
      nameOf={titleOf}
      addLabel={messages.formAddThread}
      deletedMessage={messages.formThreadDeleted}
      emptyText={messages.formNoThreads}
      newIdBase="new-thread"
      makeNew={(id) => ({ id, title: newTitle("formNewThreadTitle") })}
      renderEditor={(index) => (
        <>
          <IdField path={["threads", index, "id"]} />
          <LocalizedField path={["threads", index, "title"]} legend={messages.formTitle} />
          <LocalizedField
            path={["threads", index, "description"]}
            legend={messages.formDescription}
            optional
            multiline
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
  const messages = useStudioMessages();
  const titleOf = useTitleOf("name");
  return (
    <CollectionSection
      {...props}
      collection="sources"
      listLabel={messages.formTabSources}
      nameOf={titleOf}
      addLabel={messages.formAddSourceEntry}
      deletedMessage={messages.formSourceDeleted}
      emptyText={messages.formNoSources}
      newIdBase="new-source"
      makeNew={(id) => ({ id, kind: "other", name: newTitle("formNewSourceName") })}
      renderEditor={(index) => <SourceEditor index={index} />}
    />
  );
}
