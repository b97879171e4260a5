/**
 * How the studio's views change story.yaml. The YAML text is the one source of truth (the
 * code editor shows it, its history is the studio's undo and redo); a form never holds a copy
 * of the story, it describes a change as edits, and `applyEdits` (yaml-edits.ts) writes them
 * into the text, touching as little of it as it can, so comments and formatting elsewhere
 * stay as the journalist wrote them.
 */

/** A path into story.yaml's data, as keys and list positions: ["events", 3, "title", "en"]. */
export type DataPath = readonly (string | number)[];

export type StoryEdit =
  /** Sets the value at `path`, creating the maps on the way when they are missing. */
  | { kind: "set"; path: DataPath; value: unknown }
  /** Removes a key from a map, or an item from a list. */
  | { kind: "delete"; path: DataPath }
  /** Inserts `value` into the list at `path` before `index` (its length appends); creates the list. */
  | { kind: "insert"; path: DataPath; index: number; value: unknown };

/** The DOM id of the form field that edits `path`, so a problem can take the reader to it. */
export function fieldDomId(path: DataPath): string {
  return `field-${path.map((key) => String(key).replace(/[^\w-]/g, "_")).join("-")}`;
}
