import { z } from "zod";
import { isDatePointShape, parseDatePoint } from "@/lib/date-point.ts";

import { LANGUAGES } from "@/story/model/vocabulary.ts";
import { PROBLEM_MESSAGES_EN as EN, schemaIssue } from "./problem-messages.ts";

export { LANGUAGES, type Language } from "@/story/model/vocabulary.ts";

export const languageSchema = z.enum(LANGUAGES);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: links, file names and the embed loader (which drops longer ones) accept it. */
export const MAX_ID_LENGTH = 120;

/** Stable ids end up in URLs (`?event=…`), so they are lower-case kebab-case. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: EN.idFormat })
  .max(MAX_ID_LENGTH, {
    error: (issue) =>
      schemaIssue("idTooLong", { maximum: MAX_ID_LENGTH, length: String(issue.input).length })
        .message,
  })
  .describe("A stable id in lower-case kebab-case. It appears in links, so never change it.");

export const idListSchema = z.array(idSchema).default([]);

/** The longest text field: far more than any paragraph, short enough that no page stalls on it. */
export const MAX_TEXT_LENGTH = 10_000;
/** The longest headline. */
export const MAX_TITLE_LENGTH = 300;

// Control characters (but tab and newline), which no reader can see and some terminals obey.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates reorder the text around them: a title could read
// backwards, or a link look like another.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// Characters with no width: text made only of them looks empty.
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Text a reader sees: never blank, whitespace trimmed, nothing hidden in it. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: EN.textEmpty })
  .max(MAX_TEXT_LENGTH, {
    error: (issue) =>
      schemaIssue("textTooLong", { maximum: MAX_TEXT_LENGTH, length: String(issue.input).length })
        .message,
    abort: true,
  })
  .superRefine((text, ctx) => {
    const control = CONTROL.exec(text)?.[0];
    if (control) {
      ctx.addIssue(schemaIssue("controlCharacter", { character: codePoint(control) }));
    }
    const bidi = BIDI.exec(text)?.[0];
    if (bidi) {
      ctx.addIssue(schemaIssue("bidiOverride", { character: codePoint(bidi) }));
    }
    if (text.length > 0 && INVISIBLE.test(text)) {
      ctx.addIssue(schemaIssue("invisibleText"));
    }
  });

/** A headline: text, and short enough to read as one. */
export const titleTextSchema = textSchema.superRefine((text, ctx) => {
  if (text.length <= MAX_TITLE_LENGTH) return;
  ctx.addIssue(schemaIssue("titleTooLong", { maximum: MAX_TITLE_LENGTH, length: text.length }));
});

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

/** A headline in both languages. */
export const localizedTitleSchema = z
  .strictObject({
    nb: titleTextSchema.describe("Norwegian Bokmål"),
    en: titleTextSchema.describe("English"),
  })
  .meta({
    id: "LocalizedTitle",
    description: "A headline in Norwegian Bokmål (nb) and English (en), at most 300 characters.",
  });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A picture's address: https only. The pages' Content-Security-Policy blocks http: pictures
 * (mixed content), so a reader would see only the alt text.
 */
export const httpsUrlSchema = z
  .string()
  .refine((value) => isHttpUrl(value) && value.startsWith("https:"), {
    error: EN.pictureAddress,
  })
  .describe("The picture's full address, starting with https://");

export const httpUrlSchema = z
  .string()
  .refine(isHttpUrl, { error: EN.webLink })
  .describe("A full web address starting with https://");

/** ISO date-time with an offset, e.g. 2025-12-03T09:00:00+01:00. */
export const dateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: EN.dateTimeFormat,
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
        error: EN.datePointFormat,
        abort: true,
      })
      .refine((value) => parseDatePoint(value) !== undefined, {
        error: EN.realDate,
      }),
  )
  .meta({
    id: "DatePoint",
    description: "A year (2024), a month (2018-02) or a day (2025-11-21).",
  });
