import { useLang, useMessages, useStoryIndex, useStoryState } from "@/state/story-context.tsx";
import type { Person, Viewpoint } from "@/story/model/types.ts";
import { domIds } from "@/lib/dom-ids.ts";
import { HydrateLater } from "@/ui/hydrate-later.tsx";
import { StateLink } from "@/ui/state-link.tsx";
import { ViewpointBody } from "./viewpoint-body.tsx";

function ViewpointEntry({ viewpoint }: { viewpoint: Viewpoint }) {
  const lang = useLang();
  const open = useStoryState((s) => s.viewpoint === viewpoint.id);
  const messages = useMessages();
  const index = useStoryIndex();
  const question = viewpoint.question ? index.questions.get(viewpoint.question) : undefined;

  return (
    <div
      id={domIds.viewpoint(viewpoint.id)}
      className="viewpoint"
      aria-current={open ? "true" : undefined}
    >
      {question && <h4 className="viewpoint__question">{question.title[lang]}</h4>}
      <ViewpointBody viewpoint={viewpoint} />
      {viewpoint.events.length > 0 && (
        <ul className="related__links" aria-label={messages.relatedEvents}>
          {viewpoint.events.map((id) => (
            <li key={id}>
              <StateLink change={{ event: id }} targetId={domIds.event(id)} revealId="timeline">
                {index.events.get(id)?.title[lang] ?? id}
              </StateLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonCard({ person, viewpoints }: { person: Person; viewpoints: Viewpoint[] }) {
  const lang = useLang();
  const headingId = domIds.person(person.id);
  return (
    <article className="person-card" aria-labelledby={headingId}>
      <header className="person-card__header">
        <h3 id={headingId}>{person.name}</h3>
        <p className="person-card__title">
          {person.title[lang]}
          {person.affiliation && `, ${person.affiliation[lang]}`}
        </p>
      </header>
      {viewpoints.map((viewpoint) => (
        <ViewpointEntry key={viewpoint.id} viewpoint={viewpoint} />
      ))}
    </article>
  );
}

/** The experts, one card each, with their quotes and what they hold, question by question. */
export function ViewpointSection() {
  const messages = useMessages();
  const lang = useLang();
  const { story, people } = useStoryIndex();
  const byPerson = new Map<string, Viewpoint[]>();
  for (const viewpoint of story.viewpoints) {
    byPerson.set(viewpoint.person, [...(byPerson.get(viewpoint.person) ?? []), viewpoint]);
  }
  if (byPerson.size === 0) return null;
  // Its own language: after a switch it follows the page a moment later (DeferredStory).
  return (
    <section
      lang={lang}
      id="viewpoints"
      className="viewpoints"
      aria-labelledby="viewpoints-heading"
    >
      <h2 id="viewpoints-heading">{messages.viewpointsHeading}</h2>
      <div className="viewpoints__grid">
        {[...byPerson].map(([personId, viewpoints]) => {
          const person = people.get(personId);
          // On Preact, each card hydrates as a part of its own, in turn (hydrate-later.tsx).
          return person ? (
            <HydrateLater key={personId} bare>
              <PersonCard person={person} viewpoints={viewpoints} />
            </HydrateLater>
          ) : null;
        })}
      </div>
    </section>
  );
}
