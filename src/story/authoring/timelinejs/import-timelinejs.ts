import { csvToTimelineJs } from "./sheet-csv.ts";
import { shorten } from "./shorten.ts";
import { convertTimelineJs, type ImportResult } from "./timelinejs.ts";
import type { ImportLanguage } from "./types.ts";

export type ImportFormat = "json" | "csv";

export type ImportOutcome =
  | ({ ok: true } & ImportResult)
  | {
      ok: false;
      /** One line, for the journalist: what is wrong with the file, without a stack trace. */
      message: string;
    };

/**
 * Reads a TimelineJS file's text (JSON, or the CSV export of the Google Sheet template) and
 * converts it. The one entry point for the CLI and the studio page: it never throws. A file
 * that cannot be read at all is an `ok: false` with a message; everything else that is wrong
 * inside it is a to-do line.
 */
export function importTimelineJs(
  source: string,
  format: ImportFormat,
  language: ImportLanguage = "nb",
): ImportOutcome {
  try {
    const input: unknown = format === "csv" ? csvToTimelineJs(source) : JSON.parse(source);
    return { ok: true, ...convertTimelineJs(input, language) };
  } catch (error) {
    // JSON.parse's SyntaxError, csv-parse's CsvError and our TimelineJsError all say what is
    // wrong in their message; anything else would be a bug, but is still no reason to crash.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `not a TimelineJS ${format === "csv" ? "sheet" : "file"} (${shorten(reason, 300)}).`,
    };
  }
}
