import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { siteSchema, type SiteConfig } from "@/story/authoring/site-schema.ts";
import { ROOT } from "./story-files.ts";

export const SITE_FILE = join(ROOT, "data/site.yaml");

/** Reads data/site.yaml; throws one message naming every bad field. */
export function loadSiteConfig(): SiteConfig {
  const result = siteSchema.safeParse(parse(readFileSync(SITE_FILE, "utf8")));
  if (!result.success) {
    const fields = result.error.issues.map(
      (i) => `${i.path.join(".") || "(top level)"}: ${i.message}`,
    );
    throw new Error(`data/site.yaml is not valid:\n  ${fields.join("\n  ")}`);
  }
  return result.data;
}
