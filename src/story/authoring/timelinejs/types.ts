/**
 * TimelineJS3's JSON format, as far as the importer reads it. These are the shapes after
 * `read-document.ts` has checked the file: every value a string, so nothing downstream has to
 * guard against numbers, nulls or objects where TimelineJS documents text.
 */
export interface TjsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}

export interface TjsMedia {
  url?: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

export interface TjsSlide {
  start_date?: TjsDate;
  end_date?: TjsDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: TjsMedia;
  group?: string;
  unique_id?: string;
}

export interface TjsDocument {
  title?: TjsSlide;
  events: TjsSlide[];
  eras?: TjsSlide[];
}

/** The languages a story is written in; the import fills the first and lists the other. */
export type ImportLanguage = "nb" | "en";
