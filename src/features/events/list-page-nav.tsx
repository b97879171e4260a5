import { fillPlural } from "@/i18n/messages.ts";
import { listPagePath } from "@/lib/routes.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import { listPageLinks, listPageName, type ListPage } from "./list-pages.ts";

/**
 * The pages of a long story's list, as plain links (each a prerendered page, readable without
 * scripts), the one shown marked as the current page.
 */
export function ListPageNav({
  pages,
  current,
}: {
  pages: readonly ListPage<unknown>[];
  current: string | null;
}) {
  const lang = useLang();
  const messages = useMessages();
  const { story } = useStoryIndex();
  const original = story.languages[0];
  return (
    <nav className="list-pages" aria-label={messages.listPagesNav}>
      <p className="events__intro">{messages.listPagesIntro}</p>
      <ol className="list-pages__links">
        {listPageLinks(pages, current).map(({ key, name, events }) => (
          <li key={key}>
            <a
              href={listPagePath(story.slug, key, { lang, original })}
              aria-current={"page" in name && key === current ? "page" : undefined}
            >
              {"page" in name ? listPageName(name.page, lang) : name.year}{" "}
              <span className="list-pages__count">
                {fillPlural(messages.listPageEvents, events, lang)}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
