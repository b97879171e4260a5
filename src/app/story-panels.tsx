import { AnimatePresence } from "framer-motion";
import { ExplainerPanel } from "@/features/explainers/explainer-panel.tsx";
import { useStoryState } from "@/state/story-context.tsx";
import { MotionProvider } from "@/ui/motion-provider.tsx";
import { ComparePanel } from "@/features/viewpoints/compare-panel.tsx";
import { ViewpointPanel } from "@/features/viewpoints/viewpoint-panel.tsx";

/**
 * The explainer, viewpoint and compare panels, with their animations. Loaded the first time a
 * reader opens one, so the page itself carries neither the panels nor framer-motion.
 */
export default function StoryPanels() {
  const explainer = useStoryState((s) => s.explainer);
  const viewpoint = useStoryState((s) => s.viewpoint);
  const compare = useStoryState((s) => s.compare);
  return (
    <MotionProvider>
      <AnimatePresence>
        {explainer && <ExplainerPanel key={`explainer-${explainer}`} id={explainer} />}
        {viewpoint && <ViewpointPanel key={`viewpoint-${viewpoint}`} id={viewpoint} />}
        {compare && <ComparePanel key="compare" />}
      </AnimatePresence>
    </MotionProvider>
  );
}
