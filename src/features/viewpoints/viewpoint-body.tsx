import { fillTemplate } from "@/i18n/messages.ts";
import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import type { Localized, Viewpoint } from "@/story/model/types.ts";
import { QuoteBlock } from "@/ui/quote-block.tsx";
import { RichText } from "@/ui/rich-text.tsx";

/**
 * What a person holds and says on one question: claims in the reporting's words, then quotes.
 * `claims` replaces the viewpoint's own (the compare view shows a joint claim once, apart).
 */
export function ViewpointBody({
  viewpoint,
  claims = viewpoint.claims,
}: {
  viewpoint: Viewpoint;
  claims?: readonly Localized[];
}) {
  const lang = useLang();
  const messages = useMessages();
  const { sources } = useStoryIndex();
  const saidTo = viewpoint.saidTo ? sources.get(viewpoint.saidTo) : undefined;
  return (
    <>
      {claims.map((claim, i) => (
        <p key={`claim-${i}`} className="viewpoint__claim">
          <RichText text={claim[lang]} />
        </p>
      ))}
      {viewpoint.quotes.map((quote, i) => (
        <QuoteBlock key={`quote-${i}`} text={quote[lang]} />
      ))}
      {saidTo && (
        <p className="viewpoint__said-to">
          {fillTemplate(messages.viewpointSaidTo, { source: saidTo.name[lang] })}
        </p>
      )}
    </>
  );
}
