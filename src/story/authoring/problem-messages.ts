/*
 * Every problem the validator reports, as a code and an English template: the words
 * `npm run validate` prints. The studio words the same codes in its own language
 * (features/studio/i18n/problems.*.json, with the same keys prefixed `problem_`); a unit test
 * keeps both files in step with these tables. `{name}` is filled from the problem's values.
 */

/** One template per problem code. */
export const PROBLEM_MESSAGES_EN = {
  // The shape of the YAML (zod's own issues).
  missingTranslation: "missing translation: expected text in {language}, found nothing",
  requiredMissing: "expected {type} (required), found nothing",
  wrongType: "expected {type}, found {found}",
  unknownField: 'expected no field named "{key}" here; check its spelling or where it is indented',
  notOneOf: "expected one of {options}, found {found}",
  noLanguages: "expected at least one language",
  // Fields the schema checks further.
  idFormat: "expected an id in lower-case letters, digits and dashes (like call-21-november)",
  idTooLong: "expected an id of at most {maximum} characters, found one of {length}",
  textEmpty: "expected text, found an empty string",
  textTooLong:
    "expected at most {maximum} characters, found {length}; split it into paragraphs or events",
  controlCharacter: "expected text without control characters, found {character}",
  bidiOverride:
    "expected text without bidirectional overrides, found {character}, which can make text read in another order",
  invisibleText: "expected visible text, found only invisible characters",
  titleTooLong:
    "expected a title of at most {maximum} characters, found {length}; put the rest in the text",
  pictureAddress: "expected a picture address starting with https:// (pages block http: pictures)",
  webLink: "expected a web link starting with http:// or https://",
  dateTimeFormat: "expected a date and time with offset, like 2025-12-03T09:00:00+01:00",
  datePointFormat: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
  realDate: "expected a real calendar date",
  timeZone: 'expected an IANA time zone such as Europe/Oslo or America/New_York, found "{zone}"',
  imageFileName: "expected an image file name in the story folder, like share.png",
  noParagraphs: "expected at least one paragraph",
  noEvents: "expected at least one event",
  oneDateForm:
    "expected exactly one form of date: use one of: `on`, `from` + `to`, `within` + `asOf`, or `undated: true` + `asOf`",
  fromAndTo: "expected both `from` and `to`",
  endBeforeStart: "expected the end to be on or after the start ({from}), found {to}",
  asOfMissing: "expected `asOf`, the date of the reporting",
  labelMissing: "expected a `label` in nb and en, saying the date in words",
  // The file as a whole.
  yamlSyntax: "expected valid YAML, found a syntax error: {detail}",
  aliasesTooLarge:
    "expected aliases (*name) that expand to a reasonable size, found too many ({detail})",
  // Cross-checks between fields.
  imageFileMissing:
    'expected the image as a file next to story.yaml (not a link to one), found no such file named "{file}"',
  duplicateId: 'expected a unique id, found "{id}" again (first used at {first})',
  reservedId:
    'expected an id that is not a word the story\'s addresses use ({reserved}), found "{id}"',
  unknownReference: 'expected the id of an entry in {collection}, found "{id}", which is not there',
  quoteOrClaim: "expected at least one quote or claim, found neither",
  missingLanguage: "expected every language the page supports ({languages}), found no {missing}",
  languageTwice: "expected each language once, found one twice",
  originalFirst: "expected the original's language ({original}) first, found {found}",
  noReporter: "expected who reports this {status} claim, found no one",
  noDenier: "expected who denies this denied claim, found no one",
  noDisputer: "expected who disputes this disputed claim, found no one",
  // Rich text, and the editorial warning about titles.
  linkNoAddress:
    "expected links to http:, https: or mailto: addresses, found a link with no address; it will show as plain text",
  linkScheme:
    'expected links to http:, https: or mailto: addresses, found a link to "{source}"; it will show as plain text',
  unrenderedMarkup:
    "expected only *emphasis*, **strong** and [links](https://…), found {markup} ({source}); it will show as plain text",
  unhedgedTitle:
    "this {status} event's title states as fact what is only claimed; consider a hedge such as {hedges}",
  // Anything else zod could say: its own words, in English.
  other: "{detail}",
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES_EN;

/**
 * Words a template's values are made of, keyed `<value name>_<value>`: a value named
 * `language`, `type`, `markup`, `status` or `hedges` is said in these words, and a found value
 * (`found_*`) by what it is. Values with other names (ids, paths, what the YAML holds) are
 * shown as written.
 */
export const PROBLEM_WORDS_EN = {
  foundSuffix: ", found {found}",
  found_nothing: "nothing",
  found_empty: "an empty value",
  found_list: "a list",
  found_group: "a group of fields",
  found_text: '"{text}"',
  language_nb: "Norwegian Bokmål (nb)",
  language_en: "English (en)",
  type_string: "text",
  type_number: "a number",
  type_int: "a whole number",
  type_boolean: "true or false",
  type_array: "a list",
  type_object: "a group of fields",
  markup_image: "an image",
  markup_code: "code in backticks",
  markup_html: "an HTML tag",
  markup_autolink: "a link in angle brackets",
  status_reported: "reported",
  status_unconfirmed: "unconfirmed",
  status_disputed: "disputed",
  status_denied: "denied",
  hedges_nb: '"skal ha" or "ifølge …"',
  hedges_en: '"is said to" or "according to …"',
} as const;

/** Every key a language's problem templates must have: the codes and the words. */
export const PROBLEM_TEMPLATE_KEYS: readonly string[] = [
  ...Object.keys(PROBLEM_MESSAGES_EN),
  ...Object.keys(PROBLEM_WORDS_EN),
];

/** Fills `{name}` placeholders; one not in `values` stays as it is. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

const CODE_OF_MESSAGE = new Map<string, ProblemCode>(
  Object.entries(PROBLEM_MESSAGES_EN)
    .filter(([, message]) => !message.includes("{"))
    .map(([code, message]) => [message, code as ProblemCode]),
);

/** The code of a fixed message the schema gives (`error: PROBLEM_MESSAGES_EN.realDate`). */
export function codeOfMessage(message: string): ProblemCode | undefined {
  return CODE_OF_MESSAGE.get(message);
}

/**
 * An issue a refinement adds (`ctx.addIssue(schemaIssue(…))`): the English message, and the
 * code and values in its params, for the validator to turn into a problem.
 */
export function schemaIssue(
  code: ProblemCode,
  values: Readonly<Record<string, string | number>> = {},
  path?: (string | number)[],
) {
  return {
    code: "custom" as const,
    message: fillTemplate(PROBLEM_MESSAGES_EN[code], values),
    params: { problem: code, values },
    ...(path && { path }),
  };
}
