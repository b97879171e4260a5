import { parse } from "yaml";
import { importTimelineJs } from "@/story/authoring/timelinejs/import-timelinejs.ts";
import { slugify, storySlugFromFileName } from "@/story/authoring/timelinejs/slug.ts";
import { importedStoryYaml } from "@/story/authoring/timelinejs/to-yaml.ts";
import type { Language } from "@/story/model/vocabulary.ts";

export type OpenedFiles =
  | {
      ok: true;
      text: string;
      slug: string;
      name: string;
      kind: "file" | "import";
      pictures: Map<string, Blob>;
      /** What an import could not fill in. */
      todo: string[];
    }
  | { ok: false; reason: "no-story" | "not-timelinejs"; detail: string };

const PICTURE = /\.(png|jpe?g|webp)$/i;

/** A folder name for a story: the file's own name, or for a plain story.yaml, its title's. */
export function slugFor(fileName: string, text: string): string {
  if (!/^story\.ya?ml$/i.test(fileName)) return storySlugFromFileName(fileName);
  try {
    const data = parse(text) as { story?: { title?: { nb?: unknown; en?: unknown } } } | null;
    const title = data?.story?.title?.nb ?? data?.story?.title?.en;
    if (typeof title === "string" && title.trim()) return slugify(title, 60, "my-story");
  } catch {
    // A story.yaml that is not YAML yet: the journalist fixes it in the editor.
  }
  return "my-story";
}

/**
 * What the journalist opened or dropped: a story.yaml (with pictures beside it), or a
 * TimelineJS file (JSON, or the CSV export of its Google Sheet), converted in the browser.
 */
export async function openFiles(files: readonly File[], lang: Language): Promise<OpenedFiles> {
  const pictures = new Map<string, Blob>();
  for (const file of files) if (PICTURE.test(file.name)) pictures.set(file.name, file);
  const yaml = files.find((file) => /\.ya?ml$/i.test(file.name));
  if (yaml) {
    const text = await yaml.text();
    return {
      ok: true,
      text,
      slug: slugFor(yaml.name, text),
      name: yaml.name,
      kind: "file",
      pictures,
      todo: [],
    };
  }
  const timeline = files.find((file) => /\.(json|csv)$/i.test(file.name));
  if (!timeline) {
    return { ok: false, reason: "no-story", detail: files.map((f) => f.name).join(", ") };
  }
  const format = /\.csv$/i.test(timeline.name) ? "csv" : "json";
  const result = importTimelineJs(await timeline.text(), format, lang);
  if (!result.ok)
    return { ok: false, reason: "not-timelinejs", detail: `${timeline.name}: ${result.message}` };
  return {
    ok: true,
    text: importedStoryYaml(result, timeline.name, "the studio"),
    slug: storySlugFromFileName(timeline.name),
    name: timeline.name,
    kind: "import",
    pictures,
    todo: result.todo,
  };
}
