import { z } from "zod";
import { idSchema } from "./schema-parts.ts";

/** data/site.yaml: settings that belong to the site rather than to one story. */
export const siteSchema = z.strictObject({
  defaultStory: idSchema.describe("The slug of the story shown at `/`."),
});

export type SiteConfig = z.output<typeof siteSchema>;
