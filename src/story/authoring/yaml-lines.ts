import { isNode, LineCounter, parseDocument } from "yaml";
import type { FieldPath } from "./problem.ts";

/**
 * Where fields are in a story.yaml: a function from a field's path to its 1-based line, the
 * line of the deepest part of the path that exists (a missing field's parent). Line 1 when
 * nothing on the path exists or the text is not YAML.
 */
export function lineFinder(source: string): (path: FieldPath) => number {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
}
