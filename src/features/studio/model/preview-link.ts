/**
 * A draft carried in a link: story.yaml compressed (deflate, the browser's own
 * CompressionStream) and written in the URL's hash as base64url, so it never reaches a server
 * and opens on any phone with nothing but the site's static files.
 */

/** Longer links break in chat apps and some browsers' address bars. */
export const MAX_LINK_HASH = 32_000;

const HASH_KEY = "draft=";

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The hash (`#draft=…`) that carries this text. */
export async function draftHash(text: string): Promise<string> {
  const packed = await transform(
    new TextEncoder().encode(text),
    new CompressionStream("deflate-raw"),
  );
  return `#${HASH_KEY}${toBase64Url(packed)}`;
}

/** The text a hash carries, or null when the hash holds no draft or a broken one. */
export async function readDraftHash(hash: string): Promise<string | null> {
  const at = hash.indexOf(HASH_KEY);
  if (at === -1) return null;
  try {
    const bytes = await transform(
      fromBase64Url(hash.slice(at + HASH_KEY.length)),
      new DecompressionStream("deflate-raw"),
    );
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
