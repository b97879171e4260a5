import { parseCsv } from "./csv.ts";
import { TimelineJsError } from "./read-document.ts";
import type { TjsDate, TjsDocument, TjsSlide } from "./types.ts";

/** The Google Sheet template's columns, in the order its CSV export writes them. */
const CSV_COLUMNS = {
  year: "Year",
  month: "Month",
  day: "Day",
  endYear: "End Year",
  endMonth: "End Month",
  endDay: "End Day",
  display: "Display Date",
  headline: "Headline",
  text: "Text",
  media: "Media",
  credit: "Media Credit",
  caption: "Media Caption",
  type: "Type",
  group: "Group",
} as const;

/** Reads the CSV export of the TimelineJS Google Sheet template into the JSON shape. */
export function csvToTimelineJs(text: string): TjsDocument {
  const [header = [], ...rows] = parseCsv(text);
  const columns = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  // Without these the rows cannot be read: most likely a different sheet, or its first row lost.
  if (!columns.has("year") || !columns.has("headline")) {
    throw new TimelineJsError(
      `expected the TimelineJS sheet template's header row (Year, Month, Day, …, Headline, Text, Media…)`,
    );
  }
  const get = (row: string[], name: string) => {
    const index = columns.get(name.toLowerCase());
    return index === undefined ? "" : (row[index] ?? "").trim();
  };
  const date = (row: string[], y: string, m: string, d: string): TjsDate | undefined =>
    get(row, y)
      ? { year: get(row, y), month: get(row, m) || undefined, day: get(row, d) || undefined }
      : undefined;

  const document: TjsDocument = { events: [], eras: [] };
  for (const row of rows) {
    const slide: TjsSlide = {
      text: { headline: get(row, CSV_COLUMNS.headline), text: get(row, CSV_COLUMNS.text) },
      display_date: get(row, CSV_COLUMNS.display) || undefined,
      group: get(row, CSV_COLUMNS.group) || undefined,
      media: get(row, CSV_COLUMNS.media)
        ? {
            url: get(row, CSV_COLUMNS.media),
            credit: get(row, CSV_COLUMNS.credit) || undefined,
            caption: get(row, CSV_COLUMNS.caption) || undefined,
          }
        : undefined,
      start_date: date(row, CSV_COLUMNS.year, CSV_COLUMNS.month, CSV_COLUMNS.day),
      end_date: date(row, CSV_COLUMNS.endYear, CSV_COLUMNS.endMonth, CSV_COLUMNS.endDay),
    };
    const type = get(row, CSV_COLUMNS.type).toLowerCase();
    if (type === "title") document.title = slide;
    else if (type === "era") document.eras?.push(slide);
    else document.events.push(slide);
  }
  return document;
}
