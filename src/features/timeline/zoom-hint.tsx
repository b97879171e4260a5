import { useCallback, useEffect, useRef, useState } from "react";
import { fillTemplate } from "@/i18n/messages.ts";
import { useMessages } from "@/state/story-context.tsx";
import { isApplePlatform, type PlatformInfo } from "./zoom-input.ts";

/** How long the hint stays, and how long it takes to fade (plot-axis.css). */
export const HINT_MS = 3500;
const FADE_MS = 400;

type HintPhase = "hidden" | "shown" | "fading";

/**
 * The hint a reader gets the first time the wheel over the plot scrolls the page instead of
 * zooming: once per page, so it teaches without nagging. `show` is safe to call on every wheel.
 */
export function useZoomHint(reducedMotion: boolean): { phase: HintPhase; show: () => void } {
  const [phase, setPhase] = useState<HintPhase>("hidden");
  const given = useRef(false);
  const show = useCallback(() => {
    if (given.current) return;
    given.current = true;
    setPhase("shown");
  }, []);
  useEffect(() => {
    if (phase === "hidden") return;
    // Without motion the hint goes at once; with it, it fades before its words are removed.
    const next = phase === "fading" || reducedMotion ? "hidden" : "fading";
    const timer = setTimeout(() => setPhase(next), phase === "shown" ? HINT_MS : FADE_MS);
    return () => clearTimeout(timer);
  }, [phase, reducedMotion]);
  return { phase, show };
}

/**
 * "Hold Ctrl and scroll to zoom" (⌘ on Apple's machines), over the plot. A polite status, so
 * a screen reader says it once without interrupting; always in the DOM, since a live region
 * must exist before its words change to be heard.
 */
export function ZoomHint({ phase }: { phase: HintPhase }) {
  const messages = useMessages();
  if (phase === "hidden") return <p className="htl__hint" role="status" />;
  const apple = isApplePlatform(navigator as PlatformInfo);
  const key = apple ? messages.zoomHintCmd : messages.zoomHintCtrl;
  return (
    <p className="htl__hint" role="status">
      <span className={`htl__hint-text${phase === "fading" ? " is-fading" : ""}`}>
        {fillTemplate(messages.zoomHint, { key })}
      </span>
    </p>
  );
}
