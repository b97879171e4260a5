import { formatDateTime } from "@/i18n/format-date.ts";
import { fillTemplateParts } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { EmbedButton } from "@/features/embed-builder/embed-button.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/**
 * Title, summary, when it was updated, and whose reporting it is. The tools (embed, language)
 * come first in the markup; on wide screens the header's grid puts them beside the title.
 */
export function StoryHeader() {
  const lang = useLang();
  const messages = useMessages();
  const { story } = useStoryIndex();
  const { credit } = story;
  const updated = formatDateTime(story.updated, lang, story.timeZone, "medium");

  return (
    <header className="story-header">
      <div className="story-header__tools">
        <EmbedButton />
        <LanguageSwitch />
      </div>
      <h1>{story.title[lang]}</h1>
      <p className="story-header__summary">{story.summary[lang]}</p>
      <div className="story-header__meta">
        <p className="story-header__updated">
          {messages.updated} <time dateTime={story.updated}>{updated}</time>
        </p>
        <p className="story-header__credit">
          {fillTemplateParts(messages.credit, {
            publisher: credit.publisher,
            // A phone shows the publisher alone: the footer links the article by its title.
            details: (
              <span key="credit-details" className="story-header__credit-details">
                {fillTemplateParts(messages.creditDetails, {
                  title: credit.title[lang],
                  date: (
                    <time key="credit-date" dateTime={credit.published}>
                      {formatDateTime(credit.published, lang, story.timeZone)}
                    </time>
                  ),
                })}
              </span>
            ),
          })}
        </p>
      </div>
    </header>
  );
}
