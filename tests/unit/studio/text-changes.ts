import type { StoryEdit } from "@/features/studio/model/story-edit.ts";
import { applyEdits } from "@/features/studio/model/yaml-edits.ts";

/**
 * What an edit changed, as the first changed line and the lines taken out and put in: every
 * line before and after is byte-identical, or they would be part of the change.
 */
export function changes(before: string, after: string) {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) {
    tail++;
  }
  return {
    line: head + 1,
    removed: a.slice(head, a.length - tail),
    added: b.slice(head, b.length - tail),
  };
}

/** What applying the edits to `text` changed. */
export const edit = (text: string, ...edits: StoryEdit[]) => changes(text, applyEdits(text, edits));
