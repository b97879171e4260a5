import type { DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { edit, useForm } from "./form-context.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { list, valueAt } from "./loose.ts";

/**
 * A list of texts in nb and en (an explainer's paragraphs, a viewpoint's quotes or claims):
 * each an nb/en pair that can be removed, and a button that adds an empty one.
 */
export function LocalizedListField(props: {
  path: DataPath;
  legend: string;
  /** One item's name, numbered: "Avsnitt" → "Avsnitt 2". */
  itemLegend: string;
  addLabel: string;
  hint?: string | undefined;
  /** The fewest items the format allows: the last ones cannot be removed. */
  min?: number | undefined;
}) {
  const { data, onEdit } = useForm();
  const messages = useStudioMessages();
  const items = list(valueAt(data, props.path));
  const canRemove = items.length > (props.min ?? 0);
  return (
    <fieldset className="sf-group">
      <legend>{props.legend}</legend>
      {props.hint !== undefined && <p className="sf-hint">{props.hint}</p>}
      {items.map((_item, i) => {
        const legend = `${props.itemLegend} ${i + 1}`;
        return (
          <div key={i} className="sf-list-item">
            <LocalizedField path={[...props.path, i]} legend={legend} multiline />
            {canRemove && (
              <button
                type="button"
                className="sf-danger"
                onClick={() => onEdit([edit.delete([...props.path, i])])}
              >
                {fillTemplate(messages.formRemoveItem, { item: legend })}
              </button>
            )}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onEdit([edit.insert(props.path, items.length, { nb: "", en: "" })])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
