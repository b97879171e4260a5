import { useMemo } from "react";
import { copyText } from "@/ui/copy-text.ts";
import { sitePath } from "@/lib/site-base.ts";
import { fillTemplate } from "@/i18n/messages.ts";
import { storySkeleton } from "@/story/authoring/story-skeleton.ts";
import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { saveToDisk, storyDownload } from "@/features/studio/model/download.ts";
import { openFiles } from "@/features/studio/model/open-files.ts";
import { draftHash, MAX_LINK_HASH } from "@/features/studio/model/preview-link.ts";
import { siteStoryText } from "@/features/studio/model/project-save.ts";
import { useStudioContext } from "./studio-context.tsx";

/** The studio's file actions: new, open (files, a site story), download, preview link. */
export function useFileActions() {
  const { store } = useStudioContext();
  const messages = useStudioMessages();
  const lang = useStudioLang();
  return useMemo(() => {
    const say = (text: string, error = false) => store.getState().say(text, error);
    return {
      newStory: () => {
        const today = new Date().toISOString().slice(0, 10);
        store
          .getState()
          .open(
            storySkeleton("new-story", today),
            { kind: "new", name: messages.shellNewStory },
            "new-story",
          );
        say(fillTemplate(messages.shellOpened, { name: messages.shellNewStory }));
      },
      openFiles: async (files: readonly File[]) => {
        const opened = await openFiles(files, lang);
        if (!opened.ok) {
          const text =
            opened.reason === "no-story"
              ? fillTemplate(messages.shellNoStoryInFiles, { detail: opened.detail })
              : fillTemplate(messages.shellOpenFailed, { detail: opened.detail });
          return say(text, true);
        }
        store.getState().open(opened.text, { kind: opened.kind, name: opened.name }, opened.slug, {
          pictures: opened.pictures,
          todo: opened.todo,
          saved: opened.kind === "file",
        });
        say(fillTemplate(messages.shellOpened, { name: opened.name }));
      },
      openSiteStory: async (slug: string) => {
        const text = await siteStoryText(slug);
        if (text === null)
          return say(fillTemplate(messages.shellOpenFailed, { detail: slug }), true);
        store.getState().open(text, { kind: "site", name: slug, diskText: text }, slug);
        say(fillTemplate(messages.shellOpened, { name: `${slug}/story.yaml` }));
      },
      download: async () => {
        const { text, slug, pictures } = store.getState();
        saveToDisk(await storyDownload(text, slug, pictures));
        store.getState().markSaved(text);
      },
      previewLink: async () => {
        const { text, analysis } = store.getState();
        if (!analysis.story) return say(messages.shellPreviewLinkInvalid, true);
        const hash = await draftHash(text);
        if (hash.length > MAX_LINK_HASH) {
          return say(
            fillTemplate(messages.shellPreviewLinkTooLarge, {
              size: hash.length,
              max: MAX_LINK_HASH,
            }),
            true,
          );
        }
        const url = new URL(sitePath(`/studio/preview/${hash}`), window.location.origin).href;
        await copyText(url);
        say(messages.shellPreviewLinkCopied);
        return url;
      },
    };
  }, [store, messages, lang]);
}
