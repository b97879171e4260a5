import { useLang, useMessages, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";
import { RelatedEvents } from "@/ui/event/related-events.tsx";
import { SidePanel } from "@/ui/side-panel.tsx";
import { ViewpointBody } from "./viewpoint-body.tsx";

/** An expert's view on one question, opened from an event, with a way to compare the experts. */
export function ViewpointPanel({ id }: { id: string }) {
  const lang = useLang();
  const messages = useMessages();
  const index = useStoryIndex();
  const store = useStoryStore();
  const viewpoint = index.viewpoints.get(id);
  const person = viewpoint ? index.people.get(viewpoint.person) : undefined;
  if (!viewpoint || !person) return null;
  const question = viewpoint.question ? index.questions.get(viewpoint.question) : undefined;
  const related = viewpoint.events.flatMap((eventId) => index.events.get(eventId) ?? []);
  return (
    <SidePanel
      kind={messages.panelViewpoint}
      title={person.name}
      onClose={() => store.getState().closePanel()}
    >
      <p className="person-card__title">
        {person.title[lang]}
        {person.affiliation && `, ${person.affiliation[lang]}`}
      </p>
      {question && <h3 className="viewpoint__question">{question.title[lang]}</h3>}
      <ViewpointBody viewpoint={viewpoint} />
      {index.people.size > 1 && (
        <p>
          <button
            type="button"
            className="tl-tool tl-tool--text"
            onClick={() => store.getState().openCompare(true)}
          >
            {messages.compareOpen}
          </button>
        </p>
      )}
      <RelatedEvents events={related} />
    </SidePanel>
  );
}
