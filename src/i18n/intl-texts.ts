/**
 * The texts Intl makes for the story (dates, lengths of time), remembered by key: a long story's
 * list and plot format the same few thousand dates on every page the build renders and every
 * render, and a lookup costs far less than a format.
 *
 * The server hands each page the texts its render used (`#intl-texts`, entry-server.tsx), and the
 * browser takes them before it hydrates: hydrating makes no Intl format at all. A page's first
 * Intl format of a kind loads the locale's data, 25–90 ms per kind (dates, numbers) on a slow
 * machine, four times that on a phone, in one task that holds the main thread. The texts are
 * Intl's all the same, made by the server's; the browser's Intl makes those the page did not
 * bring (another language, a long story's rows further on), when they are first needed.
 */

const texts = new Map<string, string>();

/** The texts used since `recordIntlTexts` began, or null when not recording. */
let recording: Map<string, string> | null = null;

/** The text under `key`, made by `format` the first time it is asked for. */
export function intlText(key: string, format: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = format();
    texts.set(key, text);
  }
  recording?.set(key, text);
  return text;
}

/**
 * Runs `render` and returns what it returned with the texts it used, key → text: the server
 * renders many pages in one process, so what a page needs is what it used, not what was made
 * while it rendered.
 */
export function recordIntlTexts<T>(render: () => T): { result: T; texts: Record<string, string> } {
  const outer = recording;
  const used = new Map<string, string>();
  recording = used;
  try {
    const result = render();
    return { result, texts: Object.fromEntries(used) };
  } finally {
    recording = outer;
    if (outer) for (const [key, text] of used) outer.set(key, text);
  }
}

/**
 * Takes the texts a page brought (`#intl-texts`'s JSON). Anything else is ignored: the texts are
 * then made by the browser's Intl, as before there were any.
 */
export function takeIntlTexts(value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === "string" && !texts.has(key)) texts.set(key, text);
  }
}
