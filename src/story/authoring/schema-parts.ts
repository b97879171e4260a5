import { z } from "zod";
import { isDatePointShape, parseDatePoint } from "@/lib/date-point.ts";

import { LANGUAGES } from "@/story/model/vocabulary.ts";

export { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";

export const languageSchema = z.enum(LANGUAGES);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable ids end up in URLs (`?event=…`), so they are lower-case kebab-case. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    error: "expected an id in lower-case letters, digits and dashes (like call-21-november)",
  })
  .describe("A stable id in lower-case kebab-case. It appears in links, so never change it.");

export const idListSchema = z.array(idSchema).default([]);

/** Text a reader sees: never blank, whitespace trimmed. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: "expected text, found an empty string" });

/** Every human-readable field is written in both languages. */
export const localizedSchema = z
  .strictObject({
    nb: textSchema.describe("Norwegian Bokmål"),
    en: textSchema.describe("English"),
  })
  .meta({
    id: "LocalizedText",
    description: "The same text in Norwegian Bokmål (nb) and English (en).",
  });

export type Localized = z.output<typeof localizedSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string()
  .refine(isHttpUrl, { error: "expected a web link starting with http:// or https://" })
  .describe("A full web address starting with https://");

/** ISO date-time with an offset, e.g. 2025-12-03T09:00:00+01:00. */
export const dateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: "expected a date and time with offset, like 2025-12-03T09:00:00+01:00",
  })
  .describe("Date and time with UTC offset, like 2025-12-03T09:00:00+01:00");

/**
 * A calendar date at the precision the reporting gives. YAML reads a bare `2024` as a number,
 * so numbers are accepted and turned into strings.
 */
export const datePointSchema = z
  .union([z.string(), z.int()])
  .transform((value) => String(value))
  .pipe(
    z
      .string()
      .refine(isDatePointShape, {
        error: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
        abort: true,
      })
      .refine((value) => parseDatePoint(value) !== undefined, {
        error: "expected a real calendar date",
      }),
  )
  .meta({
    id: "DatePoint",
    description: "A year (2024), a month (2018-02) or a day (2025-11-21).",
  });
