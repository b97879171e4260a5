import type { StoryStore } from "@/state/story-store.ts";
import type { KnownIds } from "@/state/url-state.ts";
import { isGotoMessage, pymHeightMessage, type EmbedMessage } from "./embed-messages.ts";

/**
 * Talks to the page around the embed: reports the content's height whenever it changes (so the
 * iframe never scrolls and never leaves a gap), says what the reader selects and opens, and
 * opens an event when the host page asks (a deep link in the article). Returns its stop.
 */
export function startEmbedBridge(
  root: HTMLElement,
  store: StoryStore,
  slug: string,
  ids: KnownIds,
  childId: string | null,
): () => void {
  const parent = window.parent;
  // Heights and ids are not secrets, and the embed cannot know the host's origin in advance.
  const post = (message: EmbedMessage) => parent.postMessage(message, "*");

  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: "news-timeline:height", story: slug, height });
    if (childId) parent.postMessage(pymHeightMessage(childId, height), "*");
  };
  reportHeight();
  const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(reportHeight);
  observer?.observe(root);
  window.addEventListener("resize", reportHeight);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.event !== previous.event) {
      post({ type: "news-timeline:select", story: slug, event: state.event });
    }
    if (state.explainer !== previous.explainer && state.explainer) {
      post({ type: "news-timeline:open", story: slug, panel: "explainer", id: state.explainer });
    }
    if (state.viewpoint !== previous.viewpoint && state.viewpoint) {
      post({ type: "news-timeline:open", story: slug, panel: "viewpoint", id: state.viewpoint });
    }
    if (state.compare && !previous.compare) {
      post({ type: "news-timeline:open", story: slug, panel: "compare", id: null });
    }
  });

  // What the embed opened with (a deep link, start=latest) happened before this listened:
  // the host hears it too, and scrolls to this embed when it asked for that event.
  const opened = store.getState().event;
  if (opened) post({ type: "news-timeline:select", story: slug, event: opened });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isGotoMessage(event.data)) return;
    if (ids.events.has(event.data.event)) store.getState().selectEvent(event.data.event);
  };
  window.addEventListener("message", onMessage);

  return () => {
    observer?.disconnect();
    window.removeEventListener("resize", reportHeight);
    window.removeEventListener("message", onMessage);
    unsubscribe();
  };
}
