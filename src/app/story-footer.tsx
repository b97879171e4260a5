import { fillTemplate } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";

/** Credits the original reporting, with a link to it (or its publisher when no URL is known). */
export function StoryFooter() {
  const lang = useLang();
  const messages = useMessages();
  const { credit } = useStoryIndex().story;
  const href = credit.url ?? credit.publisherUrl;

  return (
    <footer className="story-footer">
      <p>{fillTemplate(messages.footer, { publisher: credit.publisher })}</p>
      {credit.note && <p className="story-footer__note">{credit.note[lang]}</p>}
      {href && (
        <p>
          <a href={href} rel="noopener noreferrer">
            {credit.url
              ? `${fillTemplate(messages.creditLink, { publisher: credit.publisher })}: ${credit.title[lang]}`
              : fillTemplate(messages.publisherSite, { publisher: credit.publisher })}
          </a>
        </p>
      )}
    </footer>
  );
}
