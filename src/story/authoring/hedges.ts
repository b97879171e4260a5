import { fieldProblem, type FieldProblem } from "./problem.ts";

/*
 * Whether an event's title says that something is only claimed. The editorial rule (see
 * ../shared/source/README.md): a claim nobody has confirmed is shown as such. The card shows
 * the status and who reports it, but a title is read on its own (in lists, in shares), so
 * "Two survivors killed" states as fact what only the Washington Post's sources say.
 *
 * A title counts as hedged when it holds one of the usual words for it, matched as whole words
 * in any case. Inflected forms that hedge as plainly are included (påståtte, alleged).
 */

type TitleLanguage = "nb" | "en";

/**
 * Whole words, with letters or digits on neither side (`\b` knows only ASCII letters, and ø,
 * å are letters too), any run of spaces where the pattern has one.
 */
const word = (pattern: string) =>
  `(?<![\\p{L}\\p{N}])(?:${pattern.replaceAll(" ", "\\s+")})(?![\\p{L}\\p{N}])`;

/** Words that look like past participles after "skal" but are not: "skal ut", "skal med". */
const NOT_PARTICIPLES = "med|mot|ned|bort|fort|godt|litt|mest|snart|først|sist|hit|dit";

const HEDGES: Record<TitleLanguage, RegExp> = {
  nb: new RegExp(
    [
      word("skal ha|skal være|ifølge|angivelig|angivelige|påstått|påståtte|hevder|mener"),
      // "kilder:" ends in a colon, which is no letter: the bare word covers it.
      word("kilder|opplyser|melder|rapporterer|trolig|kan ha"),
      // "skal" + past participle, as headlines shorten "skal ha truet" to "skal truet".
      word(`skal\\s+(?!(?:${NOT_PARTICIPLES})(?![\\p{L}\\p{N}]))\\p{L}{2,}(?:et|t|d)`),
    ].join("|"),
    "iu",
  ),
  en: new RegExp(
    [
      word("(?:is|are|was|were) said to|reportedly|allegedly|alleged|according to"),
      word("claims|claim|sources say|say sources|reports|may have|(?:is|are) believed"),
      word("denies|disputed"),
    ].join("|"),
    "iu",
  ),
};

export function isHedged(title: string, lang: TitleLanguage): boolean {
  return HEDGES[lang].test(title);
}

/** Statuses that say a claim is not established; denied ones name who denies in the card. */
export const HEDGED_STATUSES = ["unconfirmed", "reported", "disputed"] as const;

export interface UnhedgedTitle {
  path: (string | number)[];
  lang: TitleLanguage;
  title: string;
  status: string;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Every title of an unconfirmed, reported or disputed event that holds no hedge. */
export function unhedgedTitles(data: unknown): UnhedgedTitle[] {
  const events = asRecord(data).events;
  if (!Array.isArray(events)) return [];
  return events.flatMap((item: unknown, index) => {
    const event = asRecord(item);
    const status = event.status;
    if (typeof status !== "string" || !(HEDGED_STATUSES as readonly string[]).includes(status)) {
      return [];
    }
    const titles = asRecord(event.title);
    return (["nb", "en"] as const).flatMap((lang) => {
      const title = titles[lang];
      if (typeof title !== "string" || title.trim() === "" || isHedged(title, lang)) return [];
      return [{ path: ["events", index, "title", lang], lang, title, status }];
    });
  });
}

/** The unhedged titles as validation warnings: the story builds, an editor should look. */
export function hedgeWarnings(data: unknown): FieldProblem[] {
  return unhedgedTitles(data).map(({ path, lang, status }) =>
    fieldProblem(path, "unhedgedTitle", { status, hedges: lang }),
  );
}
