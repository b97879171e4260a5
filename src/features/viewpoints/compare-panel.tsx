import { useLang, useMessages, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";
import { domIds } from "@/lib/dom-ids.ts";
import { SidePanel } from "@/ui/side-panel.tsx";
import { compareQuestions, ownClaims, type ComparedQuestion } from "./compare-questions.ts";
import { RichText } from "@/ui/rich-text.tsx";
import { ViewpointBody } from "./viewpoint-body.tsx";

/** The experts side by side, question by question. */
export function ComparePanel() {
  const lang = useLang();
  const messages = useMessages();
  const { story, people } = useStoryIndex();
  const store = useStoryStore();
  const personIds = [...new Set(story.viewpoints.map((v) => v.person))];
  const { shared, partial } = compareQuestions(story.questions, story.viewpoints, personIds);

  const row = ({ question, answers, joint }: ComparedQuestion) => (
    <section
      key={question.id}
      className="compare__row"
      aria-labelledby={domIds.compare(question.id)}
    >
      <h3 id={domIds.compare(question.id)}>{question.title[lang]}</h3>
      {joint.map((claim, i) => (
        <p key={`joint-${i}`} className="compare__joint viewpoint__claim">
          <RichText text={claim[lang]} />
        </p>
      ))}
      <div className="compare__cells">
        {answers.map((answer, i) => (
          <div key={personIds[i]} className="compare__cell">
            <p className="compare__person">{people.get(personIds[i] ?? "")?.name}</p>
            {answer ? (
              <ViewpointBody viewpoint={answer} claims={ownClaims(answer, joint)} />
            ) : (
              <p className="compare__none">{messages.notAddressed}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );

  return (
    <SidePanel
      kind={messages.viewpointsHeading}
      title={messages.compareHeading}
      onClose={() => store.getState().closePanel()}
      wide
    >
      {shared.map(row)}
      {partial.map(row)}
    </SidePanel>
  );
}
