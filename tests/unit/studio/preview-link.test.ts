import { describe, expect, it } from "vitest";
import { draftHash, readDraftHash } from "@/features/studio/model/preview-link.ts";
import { MINIMAL_STORY } from "../../helpers/story-source.ts";

describe("a draft in a preview link", () => {
  it("travels in the hash, compressed, and comes back byte for byte", async () => {
    const hash = await draftHash(MINIMAL_STORY);
    expect(hash).toMatch(/^#draft=[\w-]+$/);
    expect(hash.length).toBeLessThan(MINIMAL_STORY.length);
    expect(await readDraftHash(hash)).toBe(MINIMAL_STORY);
    const norwegian = "Æ ø å – «sitat» 🙂";
    expect(await readDraftHash(await draftHash(norwegian))).toBe(norwegian);
  });

  it("reads nothing from a hash without a draft, or a broken one", async () => {
    expect(await readDraftHash("#event=x")).toBeNull();
    expect(await readDraftHash("#draft=not-deflate")).toBeNull();
    expect(await readDraftHash("#draft=%%%")).toBeNull();
  });
});
