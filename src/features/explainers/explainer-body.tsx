import { RichText } from "@/ui/rich-text.tsx";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import type { Explainer } from "@/story/model/types.ts";

/** An explainer's text and the sources it rests on. */
export function ExplainerBody({ explainer }: { explainer: Explainer }) {
  const lang = useLang();
  const messages = useMessages();
  const { sources } = useStoryIndex();
  return (
    <>
      {explainer.summary && (
        <p className="explainer__summary">
          <RichText text={explainer.summary[lang]} />
        </p>
      )}
      {explainer.body.map((paragraph, i) => (
        <p key={i}>
          <RichText text={paragraph[lang]} />
        </p>
      ))}
      {explainer.sources.length > 0 && (
        <p className="explainer__sources">
          {`${messages.explainerSources}: ${explainer.sources.map((id) => sources.get(id)?.name[lang] ?? id).join(", ")}`}
        </p>
      )}
    </>
  );
}
