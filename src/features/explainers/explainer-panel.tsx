import { ExplainerBody } from "./explainer-body.tsx";
import { useLang, useMessages, useStoryIndex, useStoryStore } from "@/state/story-context.tsx";
import { RelatedEvents } from "@/ui/event/related-events.tsx";
import { SidePanel } from "@/ui/side-panel.tsx";

/** An explainer opened from the timeline, with the events it gives background to. */
export function ExplainerPanel({ id }: { id: string }) {
  const lang = useLang();
  const messages = useMessages();
  const index = useStoryIndex();
  const store = useStoryStore();
  const explainer = index.explainers.get(id);
  if (!explainer) return null;
  return (
    <SidePanel
      kind={messages.panelExplainer}
      title={explainer.title[lang]}
      onClose={() => store.getState().closePanel()}
    >
      <ExplainerBody explainer={explainer} />
      <RelatedEvents events={index.eventsByExplainer.get(id) ?? []} />
    </SidePanel>
  );
}
