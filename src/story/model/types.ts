/**
 * The story format as the browser reads it: plain TypeScript, no schema library. The authoring
 * side (story/authoring/schema.ts) checks at compile time that what its zod schema outputs is
 * exactly this, so the two cannot drift apart.
 */
import type { ClaimStatus, EventKind, Language, RecentUnit, SourceKind } from "./vocabulary.ts";

export type { ClaimStatus, EventKind, Language, RecentUnit, SourceKind } from "./vocabulary.ts";

/** The same text in every language of the story. */
export type Localized = Record<Language, string>;

/** An event's date, normalised so that code never has to guess which form the author used. */
export type StoryDate =
  | { kind: "point"; at: string; label?: Localized | undefined; approximate: boolean }
  | {
      kind: "range";
      from: string;
      to: string;
      label?: Localized | undefined;
      approximate: boolean;
    }
  | { kind: "recent"; within: RecentUnit; asOf: string; label: Localized }
  | { kind: "undated"; asOf: string; label: Localized };

export interface Report {
  source: string;
  detail?: Localized | undefined;
}

/** Who says what about a claim. */
export interface Attribution {
  reportedBy: Report[];
  notConfirmedBy: string[];
  disputedBy: string[];
  deniedBy: string[];
}

export interface Quote {
  text: Localized;
  /** Id of an entry in `people`. */
  by: string;
}

export interface Media {
  url: string;
  alt: Localized;
  caption?: Localized | undefined;
  credit?: string | undefined;
}

export interface StoryEvent {
  id: string;
  date: StoryDate;
  kind: EventKind;
  title: Localized;
  text?: Localized | undefined;
  status: ClaimStatus;
  attribution?: Attribution | undefined;
  quote?: Quote | undefined;
  media?: Media | undefined;
  threads: string[];
  explainers: string[];
  added?: string | undefined;
  updated?: string | undefined;
}

export interface Explainer {
  id: string;
  title: Localized;
  summary?: Localized | undefined;
  body: Localized[];
  sources: string[];
  threads: string[];
}

export interface Person {
  id: string;
  name: string;
  title: Localized;
  affiliation?: Localized | undefined;
}

export interface Viewpoint {
  id: string;
  person: string;
  question?: string | undefined;
  quotes: Localized[];
  claims: Localized[];
  saidTo?: string | undefined;
  events: string[];
  threads: string[];
}

export interface Source {
  id: string;
  name: Localized;
  kind: SourceKind;
  url?: string | undefined;
}

export interface Thread {
  id: string;
  title: Localized;
  description?: Localized | undefined;
}

export interface Question {
  id: string;
  title: Localized;
}

export interface Credit {
  publisher: string;
  publisherUrl?: string | undefined;
  title: Localized;
  url?: string | undefined;
  published: string;
  language: Language;
  note?: Localized | undefined;
}

/** A stretch of the story's time between two date points, both inclusive (as an event's range). */
export interface DateSpan {
  from: string;
  to: string;
}

/** A labelled stretch of time drawn behind the events on the wide timeline ("the ultimatum"). */
export interface Annotation {
  id: string;
  from: string;
  to: string;
  label: Localized;
}

export interface StoryMeta {
  title: Localized;
  summary: Localized;
  languages: Language[];
  published: string;
  updated: string;
  timeZone: string;
  now?: string | undefined;
  /** The stretch the wide timeline gives most of its width; the rest is compact context. */
  focus?: DateSpan | undefined;
  credit: Credit;
  image?: { file: string; alt: Localized } | undefined;
}

/** A story file's content once validated (story.yaml, without its `$schema` line). */
export interface StoryData {
  $schema?: string | undefined;
  story: StoryMeta;
  events: StoryEvent[];
  explainers: Explainer[];
  people: Person[];
  viewpoints: Viewpoint[];
  questions: Question[];
  sources: Source[];
  threads: Thread[];
  annotations: Annotation[];
}
