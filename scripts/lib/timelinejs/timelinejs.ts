import { parseCsv } from "./csv.ts";
import { htmlToInline } from "./html-to-inline.ts";

/** TimelineJS3's JSON format, as far as the importer reads it. */
export interface TjsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}
export interface TjsSlide {
  start_date?: TjsDate;
  end_date?: TjsDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; alt?: string };
  group?: string;
  unique_id?: string;
}
export interface TjsDocument {
  title?: TjsSlide;
  events: TjsSlide[];
  eras?: TjsSlide[];
}

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
  const column = (name: string) =>
    header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const get = (row: string[], name: string) => {
    const index = column(name);
    return index === -1 ? "" : (row[index] ?? "").trim();
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

const pad = (value: number | string | undefined) => String(value).padStart(2, "0");

/** A TimelineJS date at the precision it was given: 2024, 2018-02 or 2025-11-21. */
export function toDatePoint(date: TjsDate): string | null {
  if (date.year === undefined || date.year === "") return null;
  const year = String(date.year).padStart(4, "0");
  if (date.month === undefined || date.month === "") return year;
  if (date.day === undefined || date.day === "") return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "o")
      .replace(/å/g, "a")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "item"
  );
}

export interface ImportResult {
  /** The story, in the shape of story.yaml; deliberately incomplete where the source is silent. */
  story: Record<string, unknown>;
  /** What a journalist still has to supply, one line each. */
  todo: string[];
}

/**
 * Converts a TimelineJS document into our format. TimelineJS has one language and no
 * sourcing, so the result names what is missing instead of inventing it: every event's
 * status and source, the second language, and the credit to the original reporting.
 */
export function convertTimelineJs(input: TjsDocument, language: "nb" | "en" = "nb"): ImportResult {
  const other = language === "nb" ? "en" : "nb";
  const text = (value: string) => ({ [language]: value });
  const todo: string[] = [];
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  const groups = [
    ...new Set(input.events.map((e) => e.group).filter((g): g is string => Boolean(g))),
  ];
  const threads = groups.map((group) => ({ id: slugify(group), title: text(group) }));

  const events = input.events.flatMap((slide, index) => {
    const start = slide.start_date ? toDatePoint(slide.start_date) : null;
    const headline = htmlToInline(slide.text?.headline ?? "");
    if (!start) {
      todo.push(`Slide ${index + 1} ("${headline || "untitled"}") has no date and was left out.`);
      return [];
    }
    const end = slide.end_date ? toDatePoint(slide.end_date) : null;
    const display = slide.display_date ?? slide.start_date?.display_date;
    const label = display ? { label: text(display) } : {};
    const date = end
      ? { from: start, to: end, ...label }
      : display
        ? { on: start, ...label }
        : start;
    const id = uniqueId(
      slide.unique_id ? slugify(slide.unique_id) : slugify(headline || `event-${index + 1}`),
    );
    const body = htmlToInline(slide.text?.text ?? "");
    const media = slide.media?.url?.startsWith("http")
      ? {
          media: {
            url: slide.media.url,
            alt: text(htmlToInline(slide.media.alt || slide.media.caption || headline)),
            ...(slide.media.caption && { caption: text(htmlToInline(slide.media.caption)) }),
            ...(slide.media.credit && { credit: htmlToInline(slide.media.credit) }),
          },
        }
      : {};
    return [
      {
        id,
        date,
        title: text(headline || `Event ${index + 1}`),
        ...(body && { text: text(body) }),
        ...media,
        ...(slide.group && { threads: [slugify(slide.group)] }),
      },
    ];
  });

  todo.push(
    `Every event: a status (confirmed, reported, unconfirmed, disputed or denied) and, unless confirmed, who reports it (attribution.reportedBy, with sources in "sources").`,
    `Every text field: the ${other === "en" ? "English (en)" : "Norwegian (nb)"} translation.`,
    `story: summary, published and updated times, and the credit to the original reporting (publisher, title, date, url).`,
  );

  const titleSlide = input.title;
  const story = {
    story: {
      title: text(htmlToInline(titleSlide?.text?.headline ?? "") || "Imported timeline"),
      ...(titleSlide?.text?.text && { summary: text(htmlToInline(titleSlide.text.text)) }),
      languages: [language, other],
    },
    threads,
    sources: [],
    events,
  };
  return { story, todo };
}
