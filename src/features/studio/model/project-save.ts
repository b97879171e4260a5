import { sitePath } from "@/lib/site-base.ts";

/** The answer of the dev server's "Save to project" (scripts/lib/studio-save.ts), as the studio reads it. */
export type ProjectSaveResult =
  | { kind: "saved"; path: string; keptOther?: string }
  | { kind: "invalid"; problems: string[] }
  | { kind: "conflict"; diskText: string }
  | { kind: "failed"; detail: string };

export interface ProjectSaveRequest {
  slug: string;
  text: string;
  base?: string | undefined;
  allowInvalid?: boolean;
  overwrite?: boolean;
}

/** Asks the dev server to write data/stories/<slug>/story.yaml. Never throws. */
export async function saveToProject(request: ProjectSaveRequest): Promise<ProjectSaveResult> {
  try {
    const response = await fetch(sitePath("/__studio/save"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status === 200) {
      return {
        kind: "saved",
        path: String(body["saved"]),
        ...(typeof body["keptOther"] === "string" && { keptOther: body["keptOther"] }),
      };
    }
    if (response.status === 422)
      return { kind: "invalid", problems: (body["problems"] as string[]) ?? [] };
    if (response.status === 409)
      return { kind: "conflict", diskText: String(body["diskText"] ?? "") };
    return { kind: "failed", detail: String(body["error"] ?? `HTTP ${response.status}`) };
  } catch (error) {
    return { kind: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The site's stories the studio can open: the dev server lists them, the build writes the list. */
export async function siteStories(): Promise<
  { slug: string; title: { nb?: string; en?: string } }[]
> {
  try {
    const response = await fetch(sitePath("/studio/stories.json"), { cache: "no-store" });
    return response.ok
      ? ((await response.json()) as { slug: string; title: { nb?: string; en?: string } }[])
      : [];
  } catch {
    return [];
  }
}

/** A story of the site's own story.yaml, as it is on disk (dev) or was at build (published). */
export async function siteStoryText(slug: string): Promise<string | null> {
  try {
    const response = await fetch(sitePath(`/studio/stories/${encodeURIComponent(slug)}.yaml`), {
      cache: "no-store",
    });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
