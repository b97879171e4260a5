import { ExplainerBody } from "./explainer-body.tsx";
import { useLang, useMessages, useStoryIndex, useStoryState } from "@/state/story-context.tsx";
import type { Explainer } from "@/story/model/types.ts";
import { domIds } from "@/lib/dom-ids.ts";
import { HydrateLater } from "@/ui/hydrate-later.tsx";
import { StateLink } from "@/ui/state-link.tsx";

function ExplainerArticle({ explainer }: { explainer: Explainer }) {
  const lang = useLang();
  const open = useStoryState((s) => s.explainer === explainer.id);
  const messages = useMessages();
  const index = useStoryIndex();
  const related = index.eventsByExplainer.get(explainer.id) ?? [];
  const headingId = domIds.explainerTitle(explainer.id);

  return (
    <article
      id={domIds.explainer(explainer.id)}
      className="explainer"
      aria-labelledby={headingId}
      aria-current={open ? "true" : undefined}
    >
      <h3 id={headingId}>{explainer.title[lang]}</h3>
      <ExplainerBody explainer={explainer} />
      {related.length > 0 && (
        <>
          <h4>{messages.relatedEvents}</h4>
          <ul className="related__links">
            {related.map((event) => (
              <li key={event.id}>
                <StateLink
                  change={{ event: event.id }}
                  targetId={domIds.event(event.id)}
                  revealId="timeline"
                >
                  {event.title[lang]}
                </StateLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** Background explainers, each with links back to the events it explains. */
export function ExplainerSection() {
  const messages = useMessages();
  const lang = useLang();
  const { story } = useStoryIndex();
  if (story.explainers.length === 0) return null;
  // Its own language: after a switch it follows the page a moment later (DeferredStory).
  return (
    <section
      lang={lang}
      id="explainers"
      className="explainers"
      aria-labelledby="explainers-heading"
    >
      <h2 id="explainers-heading">{messages.explainersHeading}</h2>
      {/* On Preact, each explainer hydrates as a part of its own, in turn (hydrate-later.tsx). */}
      {story.explainers.map((explainer) => (
        <HydrateLater key={explainer.id} bare>
          <ExplainerArticle explainer={explainer} />
        </HydrateLater>
      ))}
    </section>
  );
}
