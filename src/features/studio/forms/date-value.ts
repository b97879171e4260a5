/**
 * The date field's model: which precision a date in the YAML has, its parts, and the YAML
 * value each precision writes. Pure functions, so the field and its tests share them.
 */
import { RECENT_UNITS, type RecentUnit } from "@/story/model/vocabulary.ts";
import { isBlank, isRecord, pair, str, type Pair } from "./loose.ts";

export const PRECISIONS = [
  "day",
  "month",
  "year",
  "range",
  "approximate",
  "recent",
  "undated",
] as const;
export type DatePrecision = (typeof PRECISIONS)[number];

export interface DateForm {
  precision: DatePrecision;
  /** day, month, year, approximate: the date (`on`, or the plain value). */
  point: string;
  from: string;
  to: string;
  within: string;
  asOf: string;
  /** How the date reads, in words; optional except for recent and undated. */
  label: Pair | undefined;
  /** A range may be approximate too. */
  approximate: boolean;
}

const EMPTY: DateForm = {
  precision: "day",
  point: "",
  from: "",
  to: "",
  within: "",
  asOf: "",
  label: undefined,
  approximate: false,
};

/** The precision a plain date point has, from its shape: 2024, 2018-02, 2025-11-21. */
export function pointPrecision(point: string): "day" | "month" | "year" {
  if (/^\d{4}$/.test(point)) return "year";
  if (/^\d{4}-\d{2}$/.test(point)) return "month";
  return "day";
}

/** Reads any value the YAML may hold at an event's `date`, however broken. */
export function readDate(value: unknown): DateForm {
  if (typeof value === "string" || typeof value === "number") {
    const point = str(value);
    return { ...EMPTY, precision: pointPrecision(point), point };
  }
  if (!isRecord(value)) return EMPTY;
  const label = value["label"] === undefined ? undefined : pair(value["label"]);
  const parts = {
    ...EMPTY,
    label,
    point: str(value["on"]),
    from: str(value["from"]),
    to: str(value["to"]),
    within: str(value["within"]),
    asOf: str(value["asOf"]),
    approximate: value["approximate"] === true,
  };
  if (value["undated"] !== undefined) return { ...parts, precision: "undated" };
  if (value["within"] !== undefined) return { ...parts, precision: "recent" };
  if (value["from"] !== undefined || value["to"] !== undefined) {
    return { ...parts, precision: "range" };
  }
  if (parts.approximate) return { ...parts, precision: "approximate" };
  return { ...parts, precision: pointPrecision(parts.point) };
}

/** A label left blank in both languages is no label. */
function optionalLabel(label: Pair | undefined): { label?: Pair } {
  if (label === undefined || (isBlank(label.nb) && isBlank(label.en))) return {};
  return { label };
}

/** The YAML value for a date form: a plain string when it can be, an object otherwise. */
export function writeDate(form: DateForm): unknown {
  const label = optionalLabel(form.label);
  const words = form.label ?? { nb: "", en: "" };
  switch (form.precision) {
    case "day":
    case "month":
    case "year":
      return label.label ? { on: form.point, ...label } : form.point;
    case "approximate":
      return { on: form.point, approximate: true, ...label };
    case "range":
      return {
        from: form.from,
        to: form.to,
        ...(form.approximate ? { approximate: true } : {}),
        ...label,
      };
    case "recent":
      return { within: form.within, asOf: form.asOf, label: words };
    case "undated":
      return { undated: true, asOf: form.asOf, label: words };
  }
}

export function toDay(point: string): string {
  if (/^\d{4}$/.test(point)) return `${point}-01-01`;
  if (/^\d{4}-\d{2}$/.test(point)) return `${point}-01`;
  return point;
}

export function toMonth(point: string): string {
  if (/^\d{4}$/.test(point)) return `${point}-01`;
  return point.slice(0, 7);
}

export function toYear(point: string): string {
  return point.slice(0, 4);
}

export function isRecentUnit(value: string): value is RecentUnit {
  return (RECENT_UNITS as readonly string[]).includes(value);
}

/** The date the form speaks of, whatever its precision, or "" when it has none yet. */
function anchorOf(form: DateForm): string {
  if (form.precision === "range") return form.from;
  if (form.precision === "recent" || form.precision === "undated") return form.asOf;
  return form.point;
}

/**
 * The form after choosing another precision: the date carries over (cut to a month or a
 * year, or widened to a day), today when there is none; recent dates get a label in words.
 */
export function switchPrecision(
  form: DateForm,
  precision: DatePrecision,
  today: string,
  recentLabel: (unit: RecentUnit) => Pair,
): DateForm {
  const anchor = isBlank(anchorOf(form)) ? today : anchorOf(form);
  const next: DateForm = { ...form, precision };
  switch (precision) {
    case "day":
      return { ...next, point: toDay(anchor) };
    case "month":
      return { ...next, point: toMonth(anchor) };
    case "year":
      return { ...next, point: toYear(anchor) };
    case "approximate":
      return { ...next, point: anchor };
    case "range":
      return { ...next, from: anchor, to: isBlank(form.to) ? anchor : form.to };
    case "recent": {
      const within = isRecentUnit(form.within) ? form.within : "months";
      return { ...next, within, asOf: toDay(anchor), label: form.label ?? recentLabel(within) };
    }
    case "undated":
      return { ...next, asOf: toDay(anchor), label: form.label ?? { nb: "", en: "" } };
  }
}

/** A new unit for a recent date; a label still saying the old unit's words follows it. */
export function switchUnit(
  form: DateForm,
  unit: RecentUnit,
  recentLabel: (unit: RecentUnit) => Pair,
): DateForm {
  const old = isRecentUnit(form.within) ? recentLabel(form.within) : undefined;
  const keepsDefault =
    form.label === undefined ||
    (old !== undefined && form.label.nb === old.nb && form.label.en === old.en);
  return { ...form, within: unit, label: keepsDefault ? recentLabel(unit) : form.label };
}
