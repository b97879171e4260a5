import { hasDateParts, toDatePoint } from "./dates.ts";
import { htmlToInline, htmlToText } from "./html-to-inline.ts";
import { classifyMedia } from "./media.ts";
import { readDocument } from "./read-document.ts";
import { slugify } from "./slug.ts";
import { slideName, todoLines } from "./todo-lines.ts";
import type { ImportLanguage, TjsDate, TjsSlide } from "./types.ts";

export interface ImportResult {
  /** The story, in the shape of story.yaml; deliberately incomplete where the source is silent. */
  story: Record<string, unknown>;
  /** What a journalist still has to supply, one line each. */
  todo: string[];
}

/** A date's given parts, for a message: year "2024", month "13". */
function dateParts(date: TjsDate | undefined): string {
  return (["year", "month", "day"] as const)
    .map((part) => [part, String(date?.[part] ?? "").trim()] as const)
    .filter(([, value]) => value !== "")
    .map(([part, value]) => `${part} "${value}"`)
    .join(", ");
}

/** Hands out ids that are unique within one list: "valget", "valget-2". */
function idMaker() {
  const taken = new Set<string>();
  return (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/**
 * Converts a TimelineJS document into our format. TimelineJS has one language and no
 * sourcing, so the result names what is missing instead of inventing it: every event's
 * status and source, the second language, and the credit to the original reporting. The input
 * is read as untrusted (`unknown`); only a file with no `events` list at all throws, as a
 * TimelineJsError with a message for the journalist. Everything else becomes a to-do line.
 */
export function convertTimelineJs(input: unknown, language: ImportLanguage = "nb"): ImportResult {
  const { title: titleSlide, slides } = readDocument(input);
  const other: ImportLanguage = language === "nb" ? "en" : "nb";
  const text = (value: string) => ({ [language]: value });
  const todo: string[] = [];
  const eventId = idMaker();

  // Groups become threads; two groups that slugify alike ("Valget", "valget!") stay apart.
  const threadId = idMaker();
  const threads = new Map<string, { id: string; title: Record<string, string> }>();
  const threadOf = (group: string | undefined) => {
    const name = htmlToText(group ?? "");
    if (!name) return undefined;
    if (!threads.has(name)) threads.set(name, { id: threadId(slugify(name)), title: text(name) });
    return threads.get(name)!.id;
  };

  const convertMedia = (slide: TjsSlide, name: string, title: string) => {
    const verdict = classifyMedia(slide.media?.url);
    switch (verdict.kind) {
      case "none":
        return undefined;
      case "embed":
        todo.push(todoLines.embed(name, verdict.url));
        return undefined;
      case "insecure":
        todo.push(todoLines.insecure(name, verdict.url));
        return undefined;
      case "unsupported":
        todo.push(todoLines.unsupported(name, verdict.scheme));
        return undefined;
      case "not-a-link":
        todo.push(todoLines.notALink(name));
        return undefined;
      case "picture": {
        const caption = htmlToText(slide.media?.caption ?? "");
        const credit = htmlToText(slide.media?.credit ?? "");
        const alt = htmlToText(slide.media?.alt ?? "") || caption || title;
        return {
          url: verdict.url,
          alt: text(alt),
          ...(caption && { caption: text(caption) }),
          ...(credit && { credit }),
        };
      }
    }
  };

  const convertSlide = (slide: TjsSlide, index: number) => {
    const headline = htmlToText(slide.text?.headline ?? "");
    const name = slideName(index, headline);
    const start = slide.start_date ? toDatePoint(slide.start_date) : null;
    if (!start) {
      todo.push(
        hasDateParts(slide.start_date)
          ? todoLines.unreadableDate(name, dateParts(slide.start_date))
          : todoLines.noDate(name),
      );
      return [];
    }
    const end = slide.end_date ? toDatePoint(slide.end_date) : null;
    if (!end && hasDateParts(slide.end_date)) {
      todo.push(todoLines.unreadableEndDate(name, dateParts(slide.end_date)));
    }
    const display = htmlToText(slide.display_date ?? slide.start_date?.display_date ?? "");
    const label = display ? { label: text(display) } : {};
    const date = end
      ? { from: start, to: end, ...label }
      : display
        ? { on: start, ...label }
        : start;
    const title = headline || `Event ${index + 1}`;
    const id = eventId(
      slide.unique_id ? slugify(slide.unique_id) : slugify(headline || `event-${index + 1}`),
    );
    const body = htmlToInline(slide.text?.text ?? "");
    const media = convertMedia(slide, name, title);
    const thread = threadOf(slide.group);
    return [
      {
        id,
        date,
        title: text(title),
        ...(body && { text: text(body) }),
        ...(media && { media }),
        ...(thread && { threads: [thread] }),
      },
    ];
  };

  const events = slides.flatMap((slide, index) => {
    if ("notASlide" in slide) {
      todo.push(todoLines.notASlide(index, slide.notASlide));
      return [];
    }
    return convertSlide(slide, index);
  });

  if (events.length === 0) todo.push(todoLines.noEvents());
  todo.push(todoLines.statuses(), todoLines.translation(other), todoLines.credit());

  const storyTitle = htmlToText(titleSlide?.text?.headline ?? "");
  const summary = htmlToText(titleSlide?.text?.text ?? "");
  const story = {
    story: {
      title: text(storyTitle || "Imported timeline"),
      ...(summary && { summary: text(summary) }),
      languages: [language, other],
    },
    threads: [...threads.values()],
    sources: [],
    events,
  };
  return { story, todo };
}
