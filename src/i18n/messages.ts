import type { Language } from "@/story/model/vocabulary.ts";
import { LOCALE_TAGS } from "./format-date.ts";
import en from "./locales/en.json";
import nb from "./locales/nb.json";

export type Messages = typeof nb;

// Typed against nb, so a key missing from the English file fails the type check.
const english: Messages = en;

const MESSAGES: Record<Language, Messages> = { nb, en: english };

export function getMessages(language: Language): Messages {
  return MESSAGES[language];
}

/** Fills `{name}` placeholders. Values are plain text; React escapes them when rendered. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * Like fillTemplate, but values may be elements (a <time>, a link): returns the pieces in
 * order, for React to render as children. Word order stays in the locale file.
 */
export function fillTemplateParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== "")
    .map((piece) => {
      const key = /^\{(\w+)\}$/.exec(piece)?.[1];
      return key !== undefined && key in values ? (values[key] as T) : piece;
    });
}

/** A message with a form per plural category of the language ("one", "other", …). */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * Fills the form of `forms` that `count` takes in `language` ("1 event", "2 events"), chosen
 * by Intl.PluralRules so that every language's rules apply, not just English's.
 */
export function fillPlural(
  forms: PluralForms,
  count: number,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALE_TAGS[language])));
  const template = forms[rules.select(count)] ?? forms.other;
  return fillTemplate(template, { count, ...values });
}
