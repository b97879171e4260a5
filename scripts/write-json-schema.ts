/** `npm run schema`: regenerates data/story.schema.json from the zod schema. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildStoryJsonSchema } from "@/story/authoring/json-schema.ts";
import { ROOT } from "./lib/story-files.ts";

export const JSON_SCHEMA_FILE = join(ROOT, "data/story.schema.json");

writeFileSync(JSON_SCHEMA_FILE, `${JSON.stringify(buildStoryJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${JSON_SCHEMA_FILE}`);
