import { z } from "zod";
import { parseDatePoint, startOfPoint } from "@/lib/date-point.ts";
import type { StoryDate } from "@/story/model/types.ts";
import { schemaIssue } from "./problem-messages.ts";
import { datePointSchema, localizedSchema } from "./schema-parts.ts";

import { RECENT_UNITS } from "@/story/model/vocabulary.ts";

export type { RecentUnit, StoryDate } from "@/story/model/types.ts";

const dateObjectSchema = z
  .strictObject({
    on: datePointSchema.optional().describe("The date, when it needs a label or is approximate."),
    from: datePointSchema.optional().describe("Start of a range or period."),
    to: datePointSchema.optional().describe("End of a range or period (inclusive)."),
    within: z
      .enum(RECENT_UNITS)
      .optional()
      .describe('A relative period, "in recent <unit>" as of `asOf`. Needs a `label`.'),
    asOf: datePointSchema
      .optional()
      .describe("The date the reporting speaks from, for relative or undated items."),
    undated: z
      .literal(true)
      .optional()
      .describe("The reporting gives no date. Needs `asOf` (when it was reported) and a `label`."),
    label: localizedSchema.optional().describe("How the date reads to people, if not the date."),
    approximate: z.boolean().optional().describe("The date is approximate."),
  })
  .superRefine((value, ctx) => {
    const forms = [
      value.on !== undefined,
      value.from !== undefined || value.to !== undefined,
      value.within !== undefined,
      value.undated !== undefined,
    ].filter(Boolean).length;
    if (forms !== 1) {
      ctx.addIssue(schemaIssue("oneDateForm"));
      return;
    }
    if ((value.from === undefined) !== (value.to === undefined)) {
      const missing = value.from === undefined ? "from" : "to";
      ctx.addIssue(schemaIssue("fromAndTo", {}, [missing]));
    }
    if (value.from !== undefined && value.to !== undefined) {
      const from = parseDatePoint(value.from);
      const to = parseDatePoint(value.to);
      if (from && to && startOfPoint(to) < startOfPoint(from)) {
        ctx.addIssue(schemaIssue("endBeforeStart", { from: value.from, to: value.to }, ["to"]));
      }
    }
    if ((value.within !== undefined || value.undated !== undefined) && value.asOf === undefined) {
      ctx.addIssue(schemaIssue("asOfMissing", {}, ["asOf"]));
    }
    if ((value.within !== undefined || value.undated !== undefined) && value.label === undefined) {
      ctx.addIssue(schemaIssue("labelMissing", {}, ["label"]));
    }
  });

function normalizeDate(value: z.output<typeof dateObjectSchema>): StoryDate {
  const approximate = value.approximate ?? false;
  const label = value.label ? { label: value.label } : {};
  if (value.on !== undefined) return { kind: "point", at: value.on, approximate, ...label };
  if (value.from !== undefined && value.to !== undefined) {
    return { kind: "range", from: value.from, to: value.to, approximate, ...label };
  }
  // The refinement above guarantees asOf and label for the remaining forms.
  const asOf = value.asOf ?? "";
  const words = value.label ?? { nb: "", en: "" };
  if (value.within !== undefined)
    return { kind: "recent", within: value.within, asOf, label: words };
  return { kind: "undated", asOf, label: words };
}

export const storyDateSchema = z
  .union([
    datePointSchema.transform((at): StoryDate => ({ kind: "point", at, approximate: false })),
    dateObjectSchema.transform(normalizeDate),
  ])
  .describe(
    "A date (2025-11-21, 2018-02, 2024) or an object: {on, label}, {from, to}, " +
      "{within: months, asOf, label} or {undated: true, asOf, label}.",
  );
