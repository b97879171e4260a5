/**
 * Shows text from a file inside a one-line message: whitespace collapsed (a newline would end a
 * YAML comment line early) and long text cut, so a 5 MB data: address or headline stays readable.
 */
export function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  // Never cut a surrogate pair in two, which would leave a broken character before the "…".
  return `${line.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "")}…`;
}
