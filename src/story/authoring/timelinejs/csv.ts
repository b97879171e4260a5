import { parse } from "csv-parse/browser/esm/sync";

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, commas and newlines inside quotes) with
 * csv-parse's browser build, so the studio page can import a sheet too. Lenient where sheets
 * edited by hand are sloppy: rows of different lengths, a stray quote inside a field, and
 * line endings mixed. Rows with nothing in them are dropped. Throws csv-parse's CsvError on
 * what cannot be read at all, such as a quote that is never closed.
 */
export function parseCsv(text: string): string[][] {
  const rows = parse(text, {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    // Given outright: csv-parse would otherwise take the first line ending for the only one.
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  return rows.filter((row) => row.some((cell) => cell.trim() !== ""));
}
