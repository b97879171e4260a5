import { describe, expect, it } from "vitest";
import { generateStoryYaml } from "../../../scripts/lib/generate-story.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";

describe("generateStoryYaml", () => {
  it("makes a valid story of the asked size, the same for the same seed", () => {
    const yaml = generateStoryYaml(300, 7);
    expect(generateStoryYaml(300, 7)).toBe(yaml);
    const result = validateStorySource(yaml, "generated.yaml");
    expect(result.problems).toEqual([]);
    expect(result.story?.events).toHaveLength(300);
  });
});
