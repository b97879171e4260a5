import type { TjsDate, TjsMedia, TjsSlide } from "./types.ts";

/**
 * A TimelineJS file is whatever a journalist (or a tool) wrote, so it is read here as
 * `unknown` and checked field by field: a number where a headline should be is kept as text,
 * a null where a slide should be is reported, and nothing further on meets a surprise type.
 */

/** A file the importer cannot use at all. Its message is for the journalist, not a developer. */
export class TimelineJsError extends Error {
  override name = "TimelineJsError";
}

export interface ReadDocument {
  title?: TjsSlide | undefined;
  /** Every entry of `events`, in order, so slide numbers match the file. */
  slides: Array<TjsSlide | NotASlide>;
}

/** An entry of `events` that is not an object, with what it is instead ("null", "a number"). */
export interface NotASlide {
  notASlide: string;
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Names a value's kind in words, for messages: "null", "a list", "a number". */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Text where TimelineJS expects text; a number (a headline "2024") counts, anything else not. */
function readText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function readDate(value: unknown): TjsDate | undefined {
  if (!isFields(value)) return undefined;
  return {
    year: readText(value["year"]),
    month: readText(value["month"]),
    day: readText(value["day"]),
    display_date: readText(value["display_date"]),
  };
}

function readMedia(value: unknown): TjsMedia | undefined {
  if (!isFields(value)) return undefined;
  return {
    url: readText(value["url"]),
    caption: readText(value["caption"]),
    credit: readText(value["credit"]),
    alt: readText(value["alt"]),
  };
}

export function readSlide(value: unknown): TjsSlide | null {
  if (!isFields(value)) return null;
  const text = value["text"];
  return {
    start_date: readDate(value["start_date"]),
    end_date: readDate(value["end_date"]),
    display_date: readText(value["display_date"]),
    text: isFields(text)
      ? { headline: readText(text["headline"]), text: readText(text["text"]) }
      : undefined,
    media: readMedia(value["media"]),
    group: readText(value["group"]),
    unique_id: readText(value["unique_id"]),
  };
}

/** Checks the file's outline; throws a TimelineJsError when there is no `events` list to read. */
export function readDocument(value: unknown): ReadDocument {
  if (!isFields(value)) {
    throw new TimelineJsError(
      `expected a JSON object with an "events" list, found ${describeValue(value)}`,
    );
  }
  const events = value["events"];
  if (!Array.isArray(events)) {
    throw new TimelineJsError(
      events === undefined
        ? `expected an "events" list`
        : `expected an "events" list, found ${describeValue(events)}`,
    );
  }
  return {
    title: readSlide(value["title"]) ?? undefined,
    slides: Array.from(
      events,
      (entry: unknown) => readSlide(entry) ?? { notASlide: describeValue(entry) },
    ),
  };
}
