import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";
import { edit, useForm } from "./form-context.tsx";
import { FieldNotes, notesFor } from "./field-notes.tsx";
import { isBlank, isRecord, pair, valueAt, type Pair } from "./loose.ts";
import { problemsFor } from "./problems.ts";
import { TextField } from "./text-field.tsx";

export interface LocalizedFieldProps {
  /** The localized map's path: its inputs edit `[...path, "nb"]` and `[...path, "en"]`. */
  path: DataPath;
  /** The field's name, "Tittel": the inputs read "Tittel (norsk)" and "Tittel (engelsk)". */
  legend: string;
  /** An optional text (summary, caption): absent is fine, half-translated is not. */
  optional?: boolean | undefined;
  multiline?: boolean | undefined;
  hint?: string | undefined;
  /**
   * Writes the pair where it is not yet a map in the data, or is emptied: for words inside a
   * value written whole (a date's label, which turns a plain date into an object).
   */
  onCommit?: ((next: Pair) => void) | undefined;
  value?: unknown;
}

/** Which translations to mark: every blank one, or for an optional text only a half one. */
export function missingLanguages(value: unknown, optional: boolean): Set<Language> {
  const texts = pair(value);
  const blank = LANGUAGES.filter((lang) => isBlank(texts[lang]));
  if (optional && blank.length === LANGUAGES.length) return new Set();
  return new Set(blank);
}

/** nb and en side by side in one fieldset, each marked when its translation is missing. */
export function LocalizedField(props: LocalizedFieldProps) {
  const { data, problems, onEdit } = useForm();
  const messages = useStudioMessages();
  const raw = props.value !== undefined ? props.value : valueAt(data, props.path);
  const texts = pair(raw);
  const missing = missingLanguages(raw, Boolean(props.optional));
  const id = fieldDomId(props.path);
  const groupProblems = problemsFor(problems, props.path, "group");
  const label = { nb: messages.formInNb, en: messages.formInEn };

  const commit = (lang: Language, text: string) => {
    const next = { ...texts, [lang]: text };
    const emptied = props.optional && LANGUAGES.every((l) => isBlank(next[l]));
    // A map already in the data: only the one language changes. Writing the whole pair from
    // this render's copy could undo the other language, typed a moment before and not yet seen.
    if (!emptied && isRecord(valueAt(data, props.path))) {
      return onEdit([edit.set([...props.path, lang], text)]);
    }
    if (props.onCommit) return props.onCommit(next);
    if (emptied) {
      if (raw !== undefined) onEdit([edit.delete(props.path)]);
      return;
    }
    // A missing or broken map is written whole.
    onEdit([edit.set(props.path, next)]);
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="sf-pair"
      aria-describedby={notesFor(id, groupProblems, { hint: props.hint }).describedBy}
    >
      <legend>{props.legend}</legend>
      <div className="sf-pair__inputs">
        {LANGUAGES.map((lang) => (
          <TextField
            key={lang}
            path={[...props.path, lang]}
            label={fillTemplate(label[lang], { field: props.legend })}
            value={texts[lang]}
            onCommit={(text) => commit(lang, text)}
            multiline={props.multiline}
            missing={missing.has(lang)}
            lang={lang}
          />
        ))}
      </div>
      <FieldNotes id={id} hint={props.hint} problems={groupProblems} />
    </fieldset>
  );
}
