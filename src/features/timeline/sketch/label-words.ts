import { formatStoryDate } from "@/i18n/format-date.ts";
import type { Messages } from "@/i18n/messages.ts";
import { oncePerKey } from "@/lib/once-per-object.ts";
import type { StoryIndex } from "@/story/model/story-index.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { LabelWords } from "./draw-labels.ts";

/** Each event's label words, as its button in the plot shows them (event-button.tsx), by id. */
export function labelWords(
  index: StoryIndex,
  lang: Language,
  messages: Messages,
): (id: string) => LabelWords | undefined {
  return oncePerKey((id) => {
    const event = index.events.get(id);
    if (!event) return undefined;
    return {
      date: formatStoryDate(event.date, lang, "short"),
      title: event.title[lang],
      status: event.status,
      deadline: event.kind === "deadline",
      ...(event.status !== "confirmed" && { statusWord: messages.statusWord[event.status] }),
    };
  });
}
