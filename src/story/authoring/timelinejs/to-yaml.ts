import { stringify } from "yaml";
import type { ImportResult } from "./timelinejs.ts";

/**
 * An imported story as the text of its story.yaml: a header that lists what is still to do,
 * as comments (they survive later edits in the studio), then the story. Shared by
 * `npm run import:timelinejs` and the studio, so both write the same file.
 */
export function importedStoryYaml(
  { story, todo }: ImportResult,
  fileName: string,
  via: string,
): string {
  const header = [
    "# yaml-language-server: $schema=../../story.schema.json",
    // A newline in the file's name would end the comment and break the YAML.
    `# Imported from ${fileName.replace(/\s+/g, " ")} by ${via}.`,
    "# Still to do before this story validates and can be published:",
    ...todo.map((line) => `#  - ${line}`),
    "",
  ].join("\n");
  return `${header}${stringify(story, { lineWidth: 100, flowCollectionPadding: false })}`;
}
