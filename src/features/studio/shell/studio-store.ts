import { storySkeleton } from "@/story/authoring/story-skeleton.ts";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Story } from "@/story/model/story.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import type { Analysis } from "@/features/studio/model/analyze.ts";

/** Where the text in the editor came from: for saving, for the draft's name, for conflicts. */
export interface Opened {
  kind: "site" | "new" | "file" | "import" | "draft";
  /** What to call it: the story's slug or the file's name. */
  name: string;
  /** The text as it was on disk when opened from the project (to notice changes behind us). */
  diskText?: string | undefined;
}

export interface PreviewOptions {
  view: "page" | "embed" | "phone";
  lang: Language;
  theme: "light" | "dark";
}

export interface StudioState {
  /** story.yaml: the one source of truth; the code editor and the forms both show it. */
  text: string;
  /** The story's folder name: where "Save to project" writes, what the preview is called. */
  slug: string;
  opened: Opened;
  analysis: Analysis;
  /** The last version without errors: the preview shows it while the text is broken. */
  lastValid: Story | null;
  /** Pictures opened with the story (its share image), by file name. */
  pictures: ReadonlyMap<string, Blob>;
  /** The text as last saved or downloaded; anything else is not yet safe outside the browser. */
  savedText: string;
  /** What an import could not fill in (TimelineJS), shown until the journalist closes it. */
  todo: readonly string[];
  preview: PreviewOptions;
  /** The last thing the studio said (opened, saved, could not open): a polite live region. */
  notice: { text: string; error: boolean } | null;

  setText: (text: string) => void;
  setAnalysis: (analysis: Analysis) => void;
  open: (
    text: string,
    opened: Opened,
    slug: string,
    extra?: { pictures?: ReadonlyMap<string, Blob>; todo?: readonly string[]; saved?: boolean },
  ) => void;
  markSaved: (text: string, diskText?: string) => void;
  setSlug: (slug: string) => void;
  setPreview: (options: Partial<PreviewOptions>) => void;
  dismissTodo: () => void;
  say: (text: string, error?: boolean) => void;
}

export type StudioStore = StoreApi<StudioState>;

export const EMPTY_ANALYSIS: Analysis = { data: null, problems: [], story: null };

export function createStudioStore(initial: {
  text: string;
  slug: string;
  opened: Opened;
  lang: Language;
}): StudioStore {
  return createStore<StudioState>()((set) => ({
    text: initial.text,
    slug: initial.slug,
    opened: initial.opened,
    analysis: EMPTY_ANALYSIS,
    lastValid: null,
    pictures: new Map(),
    savedText: initial.text,
    todo: [],
    preview: { view: "page", lang: initial.lang, theme: "light" },
    notice: null,
    setText: (text) => set({ text }),
    setAnalysis: (analysis) =>
      set((state) => ({ analysis, lastValid: analysis.story ?? state.lastValid })),
    open: (text, opened, slug, extra = {}) =>
      set({
        text,
        opened,
        slug,
        analysis: EMPTY_ANALYSIS,
        lastValid: null,
        pictures: extra.pictures ?? new Map(),
        todo: extra.todo ?? [],
        savedText: extra.saved === false ? "" : text,
      }),
    markSaved: (text, diskText) =>
      set((state) => ({
        savedText: text,
        opened: diskText === undefined ? state.opened : { ...state.opened, diskText },
      })),
    setSlug: (slug) => set({ slug }),
    setPreview: (options) => set((state) => ({ preview: { ...state.preview, ...options } })),
    dismissTodo: () => set({ todo: [] }),
    say: (text, error = false) => set({ notice: { text, error } }),
  }));
}

/** A studio opened on a new story, from the commented skeleton (valid as it stands). */
export function createNewStoryStudio(lang: Language): StudioStore {
  const today = new Date().toISOString().slice(0, 10);
  return createStudioStore({
    text: storySkeleton("new-story", today),
    slug: "new-story",
    opened: { kind: "new", name: "story.yaml" },
    lang,
  });
}
