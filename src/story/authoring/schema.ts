import { z } from "zod";
import type { StoryData } from "@/story/model/types.ts";
import { PROBLEM_MESSAGES_EN, schemaIssue } from "./problem-messages.ts";
import { storyDateSchema } from "./story-date-schema.ts";
import { CLAIM_STATUSES, EVENT_KINDS, SOURCE_KINDS } from "@/story/model/vocabulary.ts";
import {
  dateTimeSchema,
  datePointSchema,
  httpUrlSchema,
  idListSchema,
  idSchema,
  languageSchema,
  httpsUrlSchema,
  localizedSchema,
  localizedTitleSchema,
} from "./schema-parts.ts";

/** Whether the renderer's Intl can show times in this zone (it throws on an unknown one). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type {
  Attribution,
  ClaimStatus,
  EventKind,
  Explainer,
  Person,
  Question,
  Source,
  StoryData,
  StoryEvent,
  Thread,
  Viewpoint,
} from "@/story/model/types.ts";

const creditSchema = z.strictObject({
  publisher: z.string().trim().min(1).describe("Who published the original reporting, e.g. TV 2."),
  publisherUrl: httpUrlSchema.optional(),
  title: localizedSchema.describe("The original article's title (and its translation)."),
  url: httpUrlSchema.optional().describe("Link to the original article, when it is known."),
  published: dateTimeSchema.describe("When the original article was published."),
  language: languageSchema.describe("The language the original was written in."),
  note: localizedSchema.optional().describe("Anything readers should know about the original."),
});

const storyMetaSchema = z.strictObject({
  title: localizedTitleSchema,
  summary: localizedSchema.describe("One or two sentences that say what the story is about."),
  languages: z
    .array(languageSchema)
    .min(1, { error: PROBLEM_MESSAGES_EN.noLanguages })
    .describe("The story's languages, the original first: [nb, en]."),
  published: dateTimeSchema,
  updated: dateTimeSchema.describe("When this story was last changed. Shown as 'updated'."),
  timeZone: z
    .string()
    .superRefine((zone, ctx) => {
      // The zone as JSON would quote it, without the quotes: the template has its own.
      if (!isTimeZone(zone))
        ctx.addIssue(schemaIssue("timeZone", { zone: JSON.stringify(zone).slice(1, -1) }));
    })
    .default("Europe/Oslo")
    .describe("IANA time zone for showing times."),
  now: datePointSchema
    .optional()
    .describe(
      "The day the story speaks from, marked 'now' on the timeline. Defaults to the credit's date.",
    ),
  focus: z
    .strictObject({
      from: datePointSchema.describe("The first day (or month, or year) of the stretch."),
      to: datePointSchema.describe("The last day (or month, or year) of the stretch, inclusive."),
    })
    .optional()
    .describe(
      "The stretch the wide timeline opens on: it gets most of the width, and the rest of the " +
        "story's time shrinks to a strip of background. Defaults to the newest busy stretch.",
    ),
  credit: creditSchema,
  image: z
    .strictObject({
      file: z
        .string()
        .regex(/^[\w-]+\.(png|jpe?g|webp)$/, {
          error: PROBLEM_MESSAGES_EN.imageFileName,
        })
        .describe("An image in the story's folder, 1200×630, shown when the story is shared."),
      alt: localizedSchema.describe("What the image shows, for people who cannot see it."),
    })
    .optional()
    .describe("The picture social media and chat apps show with a link to the story."),
});

const reportSchema = z.strictObject({
  source: idSchema.describe("Id of an entry in `sources`."),
  detail: localizedSchema
    .optional()
    .describe('How they report it, e.g. "according to four sources who spoke to Reuters".'),
});

const attributionSchema = z
  .strictObject({
    reportedBy: z.array(reportSchema).default([]).describe("Who says so."),
    notConfirmedBy: idListSchema.describe("Who has not confirmed it (ids in `sources`)."),
    disputedBy: idListSchema.describe("Who disputes it (ids in `sources`)."),
    deniedBy: idListSchema.describe("Who denies it (ids in `sources`)."),
  })
  .describe("Who says what about this claim.");

const quoteSchema = z.strictObject({
  text: localizedSchema.describe("Word for word in the original; faithfully translated."),
  by: idSchema.describe("Id of an entry in `people`."),
});

const mediaSchema = z
  .strictObject({
    url: httpsUrlSchema,
    alt: localizedSchema.describe(
      "What the picture shows: read aloud, and shown if it fails to load.",
    ),
    caption: localizedSchema.optional(),
    credit: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Who made the picture, e.g. AP Photo/Name."),
  })
  .describe("A picture for the event.");

const eventSchema = z.strictObject({
  id: idSchema,
  date: storyDateSchema,
  kind: z.enum(EVENT_KINDS).default("event"),
  title: localizedTitleSchema,
  text: localizedSchema.optional(),
  status: z.enum(CLAIM_STATUSES).describe("How established the claim is."),
  attribution: attributionSchema.optional(),
  quote: quoteSchema.optional(),
  media: mediaSchema.optional(),
  threads: idListSchema.describe("Ids of the story's threads (themes) this event belongs to."),
  explainers: idListSchema.describe("Ids of explainers that give background to this event."),
  added: dateTimeSchema
    .optional()
    .describe("When this event was added to a developing story: readers see it marked as new."),
  updated: dateTimeSchema
    .optional()
    .describe("When this event was last changed in a way readers should notice."),
});

const explainerSchema = z.strictObject({
  id: idSchema,
  title: localizedTitleSchema,
  summary: localizedSchema.optional(),
  body: z.array(localizedSchema).min(1, { error: PROBLEM_MESSAGES_EN.noParagraphs }),
  sources: idListSchema.describe("Ids of the sources the explainer relies on."),
  threads: idListSchema,
});

const personSchema = z.strictObject({
  id: idSchema,
  name: z
    .string()
    .trim()
    .min(1, { error: PROBLEM_MESSAGES_EN.textEmpty })
    .describe("The person's name, the same in every language."),
  title: localizedSchema.describe("Role or title, as the reporting gives it."),
  affiliation: localizedSchema.optional(),
});

const viewpointSchema = z.strictObject({
  id: idSchema,
  person: idSchema.describe("Id of an entry in `people`."),
  question: idSchema.optional().describe("Id of the question in `questions` this answers."),
  quotes: z.array(localizedSchema).default([]).describe("Verbatim quotes."),
  claims: z
    .array(localizedSchema)
    .default([])
    .describe("What the person holds, in the reporting's words but not quoted."),
  saidTo: idSchema.optional().describe("Id of the source the person said it to, e.g. tv2."),
  events: idListSchema.describe("Ids of events this viewpoint is about."),
  threads: idListSchema,
});

const sourceSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  kind: z.enum(SOURCE_KINDS).default("other"),
  url: httpUrlSchema.optional(),
});

const threadSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: localizedSchema.optional(),
});

const annotationSchema = z
  .strictObject({
    id: idSchema,
    from: datePointSchema.describe("Where the band starts: a year, a month or a day."),
    to: datePointSchema.describe("Where the band ends, inclusive."),
    label: localizedTitleSchema.describe(
      "A few words drawn at the band's top, hedged as the reporting hedges.",
    ),
  })
  .describe("A labelled band behind the events on the wide timeline, from `from` to `to`.");

const questionSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema.describe("The question, as a reader would ask it."),
});

export const storySchema = z
  .strictObject({
    $schema: z.string().optional(),
    story: storyMetaSchema,
    events: z.array(eventSchema).min(1, { error: PROBLEM_MESSAGES_EN.noEvents }),
    explainers: z.array(explainerSchema).default([]),
    people: z.array(personSchema).default([]),
    viewpoints: z.array(viewpointSchema).default([]),
    questions: z.array(questionSchema).default([]),
    sources: z.array(sourceSchema).default([]),
    threads: z.array(threadSchema).default([]),
    annotations: z
      .array(annotationSchema)
      .default([])
      .describe("Stretches of time to mark on the wide timeline, each with a short label."),
  })
  .describe("A news story: its events, background explainers, people and their viewpoints.");

/*
 * The browser's types (story/model/types.ts) are written by hand so that no browser code needs
 * zod; this line fails the type check if the schema's output and those types ever differ.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.output<typeof storySchema>, StoryData> = true;
void schemaMatchesModel;
