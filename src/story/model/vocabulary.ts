/**
 * The story format's fixed words, without zod: the browser needs them (to list statuses, to
 * check a URL's language) but must not download the schema library to get them.
 */

/** Languages a story is written in. The UI has locale files for exactly these. */
export const LANGUAGES = ["nb", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const EVENT_KINDS = ["event", "deadline", "period", "statement"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CLAIM_STATUSES = [
  "confirmed",
  "reported",
  "unconfirmed",
  "disputed",
  "denied",
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const SOURCE_KINDS = [
  "publisher",
  "news-agency",
  "newspaper",
  "government",
  "court",
  "person",
  "other",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RECENT_UNITS = ["days", "weeks", "months", "years"] as const;
export type RecentUnit = (typeof RECENT_UNITS)[number];
