import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllStories, ROOT } from "../../../scripts/lib/story-files.ts";
import { buildStoryJsonSchema } from "@/story/authoring/json-schema.ts";

describe("the bundled stories", () => {
  it("all validate", () => {
    const { stories, problems } = loadAllStories();
    expect(problems).toEqual([]);
    expect(stories.map((s) => s.slug)).toContain("maduro-usa-2025");
  });

  it("point their editors at a JSON Schema that matches the zod schema (run npm run schema)", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "data/story.schema.json"), "utf8"));
    expect(committed).toEqual(buildStoryJsonSchema());
    const yaml = readFileSync(join(ROOT, "data/stories/maduro-usa-2025/story.yaml"), "utf8");
    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=../../story.schema.json");
  });
});
