/**
 * TimelineJS3's JSON format, as far as the importer reads it. These are the shapes after
 * `read-document.ts` has checked the file: every value a string, so nothing downstream has to
 * guard against numbers, nulls or objects where TimelineJS documents text.
 */
export interface TjsDate {
  year?: number | string | undefined;
  month?: number | string | undefined;
  day?: number | string | undefined;
  display_date?: string | undefined;
}

export interface TjsMedia {
  url?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  alt?: string | undefined;
}

export interface TjsSlide {
  start_date?: TjsDate | undefined;
  end_date?: TjsDate | undefined;
  display_date?: string | undefined;
  text?: { headline?: string | undefined; text?: string | undefined } | undefined;
  media?: TjsMedia | undefined;
  group?: string | undefined;
  unique_id?: string | undefined;
}

export interface TjsDocument {
  title?: TjsSlide | undefined;
  events: TjsSlide[];
  eras?: TjsSlide[] | undefined;
}

/** The languages a story is written in; the import fills the first and lists the other. */
export type ImportLanguage = "nb" | "en";
