import { strToU8, zipSync } from "fflate";

/**
 * What "Download" gives the journalist: story.yaml as it is in the editor, which
 * `npm run validate` accepts unchanged, or, when the story has pictures beside it, a zip of its
 * folder (`<slug>/story.yaml` and the pictures) to unpack into data/stories/.
 */
export async function storyDownload(
  text: string,
  slug: string,
  pictures: ReadonlyMap<string, Blob>,
): Promise<{ blob: Blob; fileName: string }> {
  if (pictures.size === 0) {
    return { blob: new Blob([text], { type: "text/yaml;charset=utf-8" }), fileName: "story.yaml" };
  }
  const files: Record<string, Uint8Array> = { [`${slug}/story.yaml`]: strToU8(text) };
  for (const [name, blob] of pictures) {
    files[`${slug}/${name}`] = new Uint8Array(await blob.arrayBuffer());
  }
  return {
    blob: new Blob([zipSync(files) as BlobPart], { type: "application/zip" }),
    fileName: `${slug}.zip`,
  };
}

/** Hands a file to the browser's downloads, as a link with `download` would. */
export function saveToDisk({ blob, fileName }: { blob: Blob; fileName: string }): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
