import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { Disclosure } from "./disclosure.tsx";
import { edit, useForm } from "./form-context.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { entries, list, rec, str } from "./loose.ts";
import { countInside } from "./problems.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

/** Removes an optional part of an event (its quote, its picture). */
function RemoveButton({ path, label }: { path: readonly (string | number)[]; label: string }) {
  const { onEdit } = useForm();
  return (
    <button type="button" className="sf-danger" onClick={() => onEdit([edit.delete(path)])}>
      {label}
    </button>
  );
}

/** A verbatim quote and who said it, chosen from the story's people. */
export function QuoteFields({ index }: { index: number }) {
  const { data, problems, onEdit } = useForm();
  const messages = useStudioMessages();
  const path = ["events", index, "quote"];
  const quote = rec(list(data["events"])[index])["quote"];
  const people = entries(data["people"]).filter((entry) => entry.id !== "");
  return (
    <Disclosure
      summary={messages.formQuote}
      initiallyOpen={quote !== undefined || countInside(problems, path) > 0}
    >
      <LocalizedField
        path={[...path, "text"]}
        legend={messages.formQuoteText}
        hint={messages.formQuoteHint}
        multiline
      />
      <SelectField
        path={[...path, "by"]}
        label={messages.formQuoteBy}
        value={str(rec(quote)["by"])}
        emptyLabel={messages.formNone}
        choices={people.map((p) => ({ value: p.id, label: str(p.item["name"]) || p.id }))}
        onChange={(by) =>
          onEdit([by === "" ? edit.delete([...path, "by"]) : edit.set([...path, "by"], by)])
        }
        hint={people.length === 0 ? messages.formNoPeople : undefined}
      />
      {quote !== undefined && <RemoveButton path={path} label={messages.formRemoveQuote} />}
    </Disclosure>
  );
}

/** The event's picture: address, description for those who cannot see it, caption, credit. */
export function MediaFields({ index }: { index: number }) {
  const { data, problems } = useForm();
  const messages = useStudioMessages();
  const path = ["events", index, "media"];
  const media = rec(list(data["events"])[index])["media"];
  return (
    <Disclosure
      summary={messages.formMedia}
      initiallyOpen={media !== undefined || countInside(problems, path) > 0}
    >
      <TextField
        path={[...path, "url"]}
        label={messages.formMediaUrl}
        type="url"
        placeholder="https://"
      />
      <LocalizedField path={[...path, "alt"]} legend={messages.formMediaAlt} />
      <LocalizedField path={[...path, "caption"]} legend={messages.formMediaCaption} optional />
      <TextField path={[...path, "credit"]} label={messages.formMediaCredit} optional />
      {media !== undefined && <RemoveButton path={path} label={messages.formRemoveMedia} />}
    </Disclosure>
  );
}
