import { useState } from "react";
import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { getStudioMessages, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { RECENT_UNITS, type RecentUnit } from "@/story/model/vocabulary.ts";
import { edit, useForm } from "./form-context.tsx";
import { FieldNotes } from "./field-notes.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { todayIso } from "./date-display.ts";
import {
  PRECISIONS,
  isRecentUnit,
  readDate,
  switchPrecision,
  switchUnit,
  writeDate,
  type DateForm,
} from "./date-value.ts";
import { isRecord, valueAt, type Pair } from "./loose.ts";
import { problemsFor } from "./problems.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

/** The words a recent date gets by default, in the story's languages (not the studio's). */
function recentLabel(unit: RecentUnit): Pair {
  const key = `formRecentLabel_${unit}` as const;
  return { nb: getStudioMessages("nb")[key], en: getStudioMessages("en")[key] };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An event's date at any precision the story format knows. Each precision shows its own
 * inputs; every change writes the whole date at `path` in the shape the YAML expects.
 */
export function DateField({ path }: { path: DataPath }) {
  const { data, problems, onEdit } = useForm();
  const messages = useStudioMessages();
  const value = valueAt(data, path);
  // While the journalist types a date, its precision stays the one they chose: "2018" on the
  // way to "2018-02" is not a year, and "" is not a day.
  const [typing, setTyping] = useState<"day" | "month" | "year" | null>(null);
  const read = readDate(value);
  const form =
    typing !== null && ["day", "month", "year"].includes(read.precision)
      ? { ...read, precision: typing }
      : read;
  const write = (next: DateForm) => onEdit([edit.set(path, writeDate(next))]);
  const id = fieldDomId(path);
  // A plain date is edited by one input, which takes the date's own id; an object's parts
  // have ids of their own, and the fieldset takes the date's, so a problem can still focus it.
  const plain = !isRecord(value);
  const sub = (key: string): DataPath => (plain ? path : [...path, key]);
  const precisionLabel = {
    day: messages.formPrecisionDay,
    month: messages.formPrecisionMonth,
    year: messages.formPrecisionYear,
    range: messages.formPrecisionRange,
    approximate: messages.formPrecisionApproximate,
    recent: messages.formPrecisionRecent,
    undated: messages.formPrecisionUndated,
  };
  const unitLabel = {
    days: messages.formUnitDays,
    weeks: messages.formUnitWeeks,
    months: messages.formUnitMonths,
    years: messages.formUnitYears,
  };
  const point = {
    day: { label: messages.formDay, hint: messages.formDayHint, placeholder: "2025-11-21" },
    month: { label: messages.formMonth, hint: messages.formMonthHint, placeholder: "2018-02" },
    year: { label: messages.formYear, hint: messages.formYearHint, placeholder: "2024" },
    approximate: {
      label: messages.formApproximateDate,
      hint: messages.formPointHint,
      placeholder: "2025-09",
    },
  };
  const pointKind =
    form.precision === "day" ||
    form.precision === "month" ||
    form.precision === "year" ||
    form.precision === "approximate"
      ? form.precision
      : undefined;
  const asOfField = (
    <TextField
      path={[...path, "asOf"]}
      label={messages.formAsOf}
      value={form.asOf}
      type={form.asOf === "" || DAY.test(form.asOf) ? "date" : "text"}
      hint={messages.formAsOfHint}
    />
  );
  /*
   * A range's ends and the "as of" day are parts of a date that is already an object: each is
   * written alone, as any text field writes its path. Rewriting the whole date from this
   * render's copy could undo a part written a moment before ("From", then "To" at once).
   */
  /** The start or the end of a range: a year, a month or a day. */
  const rangeEnd = (key: "from" | "to", label: string, placeholder: string) => (
    <TextField
      path={[...path, key]}
      label={label}
      value={form[key]}
      inputMode="numeric"
      placeholder={placeholder}
      hint={messages.formPointHint}
    />
  );
  const needsLabel = form.precision === "recent" || form.precision === "undated";
  const groupProblems = plain ? [] : problemsFor(problems, path, "group");

  return (
    <fieldset id={plain ? undefined : id} tabIndex={plain ? undefined : -1} className="sf-date">
      <legend>{messages.formDate}</legend>
      <div className="sf-row">
        <SelectField
          id={`${id}--precision`}
          path={path}
          label={messages.formPrecision}
          value={form.precision}
          choices={PRECISIONS.map((p) => ({ value: p, label: precisionLabel[p] }))}
          onChange={(p) => {
            const precision = PRECISIONS.find((known) => known === p);
            if (precision) write(switchPrecision(form, precision, todayIso(), recentLabel));
          }}
        />
        {pointKind !== undefined && (
          // One input for every point precision, so changing precision keeps it (and focus).
          <TextField
            path={sub("on")}
            label={point[pointKind].label}
            value={form.point}
            type={
              pointKind === "day" && (form.point === "" || DAY.test(form.point)) ? "date" : "text"
            }
            inputMode="numeric"
            placeholder={point[pointKind].placeholder}
            hint={point[pointKind].hint}
            onFocusChange={(focused) =>
              setTyping(focused && pointKind !== "approximate" ? pointKind : null)
            }
            onCommit={(text) => write({ ...form, point: text })}
          />
        )}
        {form.precision === "range" && (
          <>
            {rangeEnd("from", messages.formFrom, "2014")}
            {rangeEnd("to", messages.formTo, "2017")}
            <div className="sf-check">
              <input
                type="checkbox"
                id={fieldDomId([...path, "approximate"])}
                checked={form.approximate}
                onChange={(event) => write({ ...form, approximate: event.currentTarget.checked })}
              />
              <label htmlFor={fieldDomId([...path, "approximate"])}>
                {messages.formApproximate}
              </label>
            </div>
          </>
        )}
        {form.precision === "recent" && (
          <SelectField
            path={[...path, "within"]}
            label={messages.formWithin}
            value={form.within}
            choices={RECENT_UNITS.map((unit) => ({ value: unit, label: unitLabel[unit] }))}
            onChange={(unit) => {
              if (isRecentUnit(unit)) write(switchUnit(form, unit, recentLabel));
            }}
          />
        )}
        {needsLabel && asOfField}
      </div>
      <LocalizedField
        path={[...path, "label"]}
        legend={messages.formDateLabel}
        optional={!needsLabel}
        value={form.label ?? {}}
        hint={needsLabel ? undefined : messages.formDateLabelHint}
        onCommit={(label) => write({ ...form, label })}
      />
      <FieldNotes id={id} problems={groupProblems} />
    </fieldset>
  );
}
