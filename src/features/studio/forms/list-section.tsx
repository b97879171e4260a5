import type { ReactNode } from "react";
import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import type { DataPath } from "@/features/studio/model/story-edit.ts";
import type { ChecklistOption } from "./checklist.tsx";
import { CollectionSection } from "./collection-section.tsx";
import { useForm } from "./form-context.tsx";
import { IdField } from "./id-field.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { displayName, entries, str, type Loose } from "./loose.ts";
import type { SectionProps } from "./section-props.ts";

/**
 * Each list section's words, named after its entries: `formTab<All>` names the list,
 * `formAdd<One>` its button, `form<One>Deleted` the notice, `formNo<All>` an empty list.
 */
const SECTIONS = {
  explainers: { one: "Explainer", all: "Explainers" },
  questions: { one: "Question", all: "Questions" },
  threads: { one: "Thread", all: "Threads" },
  // "formAddSource" is the attribution's button, which adds a source by its name.
  sources: { one: "Source", all: "Sources", add: "formAddSourceEntry" },
  people: { one: "Person", all: "People" },
  viewpoints: { one: "Viewpoint", all: "Viewpoints" },
} as const;

export interface ListSectionProps extends SectionProps {
  collection: keyof typeof SECTIONS;
  /** An entry's name in the list and the editor's heading. */
  nameOf: (item: Loose, id: string) => string;
  /** The entry Add puts at the end, given its new id. */
  makeNew: (id: string) => Record<string, unknown>;
  renderEditor: (index: number) => ReactNode;
}

/** One of the story's lists (explainers, people…) in its words: entries, add, delete, editor. */
export function ListSection({ collection, ...props }: ListSectionProps) {
  const messages = useStudioMessages();
  const words = SECTIONS[collection];
  // Typed keys: a name the table makes that is not a message fails the type check.
  return (
    <CollectionSection
      {...props}
      collection={collection}
      listLabel={messages[`formTab${words.all}` as const]}
      addLabel={messages["add" in words ? words.add : (`formAdd${words.one}` as const)]}
      deletedMessage={messages[`form${words.one}Deleted` as const]}
      emptyText={messages[`formNo${words.all}` as const]}
      newIdBase={`new-${words.one.toLowerCase()}`}
    />
  );
}

/** An entry's name: a localized field in the studio's language, else its id, else "Untitled". */
export function useNameOf(field: string) {
  const lang = useStudioLang();
  const messages = useStudioMessages();
  return (item: Loose, id: string) => displayName(item[field], lang, id || messages.formUntitled);
}

/**
 * The entries of a collection that have an id, as choices, named by `field` in the studio's
 * language; `plain` for a name that is the same in every language (a person's).
 */
export function useEntryOptions(
  collection: string,
  field: string,
  plain = false,
): ChecklistOption[] {
  const { data } = useForm();
  const lang = useStudioLang();
  return entries(data[collection])
    .filter((entry) => entry.id !== "")
    .map(({ id, item }) => ({
      id,
      label: plain ? str(item[field]) || id : displayName(item[field], lang, id),
    }));
}

/** An entry's id and its title in both languages, the first fields of most editors. */
export function IdAndTitle({ path, legend }: { path: DataPath; legend: string }) {
  return (
    <>
      <IdField path={[...path, "id"]} />
      <LocalizedField path={[...path, "title"]} legend={legend} />
    </>
  );
}
