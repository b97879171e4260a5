import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  isPreviewMessage,
  type PreviewMessage,
  type PreviewSelection,
} from "@/features/studio/preview/preview-protocol.ts";
import { getDefaultState } from "@/state/initial-state.ts";
import { nothingOpen, type UrlState } from "@/state/url-state.ts";
import { StoryRoot } from "@/app/story-root.tsx";
import "@/app/styles/all.css";

/**
 * The studio's preview frame: the site's own story renderer, fed by the studio (postMessage,
 * same origin only) or, opened from a preview link, by the draft in its hash (read-only). What
 * the journalist has open survives each new version of the text.
 */
function Preview() {
  const [shown, setShown] = useState<PreviewMessage | null>(null);
  const [open, setOpen] = useState<UrlState | null>(null);
  const [linkFailed, setLinkFailed] = useState(false);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (!isPreviewMessage(event.data)) return;
      setShown(event.data);
    };
    window.addEventListener("message", onMessage);
    if (window.parent !== window) {
      window.parent.postMessage({ type: "studio:preview-ready" }, window.location.origin);
    } else if (window.location.hash.includes("draft=")) {
      // A preview link: the draft travels in the hash; its reader (and zod) load only here.
      void import("@/features/studio/preview/story-from-link.ts")
        .then(({ storyFromLink }) => storyFromLink(window.location.hash))
        .then((story) => {
          if (!story) return setLinkFailed(true);
          setShown({
            type: "studio:preview",
            story,
            view: "page",
            lang: story.languages[0] ?? "nb",
            theme: "light",
          });
        })
        .catch(() => setLinkFailed(true));
    }
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    if (!shown) return;
    document.documentElement.dataset["theme"] = shown.theme;
  }, [shown]);

  // What the journalist has open, in the language asked for: the same object until either
  // changes, so a new version of the text does not apply it again.
  const lang = shown?.lang;
  const urlState = useMemo(
    () => (lang ? { ...(open ?? nothingOpen(lang)), lang } : undefined),
    [open, lang],
  );

  if (linkFailed) {
    return (
      <p className="story-load-error" role="alert">
        Denne forhåndsvisningslenken kan ikke leses. / This preview link cannot be read.
      </p>
    );
  }
  if (!shown) return null;
  const initialState = getDefaultState(shown.story);
  return (
    <StoryRoot
      key={shown.view}
      story={shown.story}
      initialState={initialState}
      urlState={urlState}
      syncUrl={false}
      view={shown.view === "embed" ? "embed" : "page"}
      onUrlState={(state) => {
        setOpen(state);
        if (window.parent !== window) {
          const message: PreviewSelection = {
            type: "studio:preview-selection",
            event: state.event,
          };
          window.parent.postMessage(message, window.location.origin);
        }
      }}
    />
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
}
