import { z } from "zod";
import { httpUrlSchema, idSchema } from "./schema-parts.ts";

/** data/site.yaml: settings that belong to the site rather than to one story. */
export const siteSchema = z.strictObject({
  defaultStory: idSchema.describe("The slug of the story shown at `/`."),
  siteUrl: httpUrlSchema
    .optional()
    .describe("Where the site is published, for absolute share URLs."),
});

export type SiteConfig = z.output<typeof siteSchema>;
