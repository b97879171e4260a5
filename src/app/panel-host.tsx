import { lazy, useState } from "react";
import { useStoryState } from "@/state/story-context.tsx";
import { LazyBoundary } from "@/ui/lazy-boundary.tsx";

const StoryPanels = lazy(() => import("./story-panels.tsx"));

/**
 * Where the explainer, viewpoint and compare panels appear. Their code (and framer-motion) is
 * fetched the first time a reader opens one; from then on they stay mounted, so closing one
 * can animate.
 */
export function PanelHost() {
  const explainer = useStoryState((s) => s.explainer);
  const viewpoint = useStoryState((s) => s.viewpoint);
  const compare = useStoryState((s) => s.compare);
  const [wanted, setWanted] = useState(false);
  if (!wanted && (explainer || viewpoint || compare)) setWanted(true);
  if (!wanted) return null;
  return (
    <LazyBoundary>
      <StoryPanels />
    </LazyBoundary>
  );
}
