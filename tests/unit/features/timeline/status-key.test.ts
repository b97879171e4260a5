import { describe, expect, it } from "vitest";
import { statusesInUse } from "@/features/timeline/status-key.ts";
import { buildStoryIndex } from "@/story/model/story-index.ts";
import { loadBundledStory } from "../../../helpers/bundled-story.ts";

describe("statusesInUse", () => {
  it("lists each status a story uses once, surest first", () => {
    const events = [
      { status: "denied" },
      { status: "confirmed" },
      { status: "denied" },
      { status: "reported" },
    ] as const;
    expect(statusesInUse(events)).toEqual(["confirmed", "reported", "denied"]);
  });

  it("lists nothing for no events", () => {
    expect(statusesInUse([])).toEqual([]);
  });

  it("lists what the first story uses: it disputes nothing", () => {
    const index = buildStoryIndex(loadBundledStory());
    expect(statusesInUse(index.story.events)).toEqual([
      "confirmed",
      "reported",
      "unconfirmed",
      "denied",
    ]);
  });
});
