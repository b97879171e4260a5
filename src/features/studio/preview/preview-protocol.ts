import type { Story } from "@/story/model/story.ts";
import type { PreviewOptions } from "@/features/studio/shell/studio-store.ts";

/**
 * What the studio tells its preview frame (/studio/preview/), and what the frame answers. The
 * frame is the site's own page code rendering the story, so the preview is what readers get;
 * messages are accepted only from the same origin and the expected window.
 */
export interface PreviewMessage {
  type: "studio:preview";
  story: Story;
  view: PreviewOptions["view"];
  lang: PreviewOptions["lang"];
  theme: PreviewOptions["theme"];
}

/** The frame says it is ready for a story (after it loads, or reloads). */
export interface PreviewReady {
  type: "studio:preview-ready";
}

/** The frame reports which event the journalist has open in it. */
export interface PreviewSelection {
  type: "studio:preview-selection";
  event: string | null;
}

export function isPreviewMessage(data: unknown): data is PreviewMessage {
  const message = data as Partial<PreviewMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.type === "studio:preview" &&
    typeof message.story === "object"
  );
}

export function isPreviewReady(data: unknown): data is PreviewReady {
  return (data as Partial<PreviewReady> | null)?.type === "studio:preview-ready";
}

export function isPreviewSelection(data: unknown): data is PreviewSelection {
  const message = data as Partial<PreviewSelection> | null;
  return (
    message?.type === "studio:preview-selection" &&
    (message.event === null || typeof message.event === "string")
  );
}
