import { z } from "zod";
import { storySchema } from "./schema.ts";

/**
 * The JSON Schema that editors (VS Code's YAML extension and others) use to complete and check
 * `story.yaml` while a journalist types. Generated from the zod schema, so the two never drift;
 * refinements such as "a real calendar date" are checked by `npm run validate`, not the editor.
 */
export function buildStoryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(storySchema, { target: "draft-7", io: "input", unrepresentable: "any" }),
    title: "News timeline story",
  };
}
