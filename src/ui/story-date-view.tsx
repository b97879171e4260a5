import { formatDatePoint, formatExactDate, formatStoryDate } from "@/i18n/format-date.ts";
import { fillTemplateParts } from "@/i18n/messages.ts";
import { useLang, useMessages } from "@/state/story-context.tsx";
import type { StoryDate } from "@/story/model/types.ts";
import type { Language } from "@/story/model/vocabulary.ts";

/**
 * The exact dates as <time> elements, after the words `before` ("(", "(ca. "), which join the
 * text that follows them: one text node, not two the server must mark apart for hydration.
 */
function ExactTimes({ date, lang, before }: { date: StoryDate; lang: Language; before: string }) {
  const messages = useMessages();
  switch (date.kind) {
    case "point":
      return (
        <>
          {before}
          <time dateTime={date.at}>{formatExactDate(date, lang)}</time>
        </>
      );
    case "range":
      // HTML has no range value for datetime, so each end gets its own <time>.
      return (
        <>
          {before}
          <time dateTime={date.from}>{formatDatePoint(date.from, lang)}</time>
          {"–"}
          <time dateTime={date.to}>{formatDatePoint(date.to, lang)}</time>
        </>
      );
    case "recent":
    case "undated":
      return (
        <>
          {fillTemplateParts(`${before}${messages.asOf}`, {
            date: (
              <time key="as-of" dateTime={date.asOf}>
                {formatDatePoint(date.asOf, lang)}
              </time>
            ),
          })}
        </>
      );
  }
}

/**
 * A story date as a reader sees it: the author's label (or the formatted date) first, and the
 * machine-readable dates it stands for, so "the weekend after the deadline" still says when.
 */
export function StoryDateView({ date }: { date: StoryDate }) {
  const lang = useLang();
  const messages = useMessages();
  const approximate = date.kind === "point" || date.kind === "range" ? date.approximate : false;
  if (!date.label && date.kind === "point") {
    return (
      <span className="story-date">
        <ExactTimes
          date={date}
          lang={lang}
          before={approximate ? `${messages.approximately} ` : ""}
        />
      </span>
    );
  }
  const showExact =
    date.kind !== "range" || formatStoryDate(date, lang) !== formatExactDate(date, lang);
  return (
    <span className="story-date">
      <span className="story-date__label">{formatStoryDate(date, lang)}</span>
      {showExact && (
        <span className="story-date__exact">
          <ExactTimes
            date={date}
            lang={lang}
            before={approximate ? ` (${messages.approximately} ` : " ("}
          />
          {")"}
        </span>
      )}
    </span>
  );
}
