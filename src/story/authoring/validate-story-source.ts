import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { crossCheckStory, type CrossCheckOptions } from "./cross-checks.ts";
import { hedgeWarnings } from "./hedges.ts";
import { fieldProblem, type FieldPath, type FieldProblem, type Problem } from "./problem.ts";
import { storySchema, type StoryData } from "./schema.ts";
import { canonicalizeStoryText } from "./story-rich-text.ts";
import { problemsFromZod } from "./zod-problems.ts";

export interface ValidationResult {
  /** The parsed story, present only when there are no problems. */
  story?: StoryData;
  problems: Problem[];
  /** Things that build but may not be what the author meant (markup that shows as text). */
  warnings: Problem[];
  /** The YAML as plain data, valid or not (absent when it is not YAML): the studio's forms. */
  data?: unknown;
  /** The line of a field (or of its nearest existing parent), in this text. */
  lineOf: (path: FieldPath) => number;
}

/**
 * How many times aliases (`*name`) may be expanded: generous for a story that reuses an
 * anchor for every event, far below what a "billion laughs" file would need to exhaust memory.
 */
export const MAX_ALIAS_COUNT = 10_000;

/** Finds the line of the deepest node that exists along the path (a missing field's parent). */
function lineOf(doc: Document, lines: LineCounter, path: FieldPath): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Validates the text of a `story.yaml`: YAML syntax, the schema, then the cross-references.
 * Runs in Node (build, CLI, dev server); the browser only ever receives the validated JSON.
 */
export function validateStorySource(
  source: string,
  file: string,
  options: CrossCheckOptions = {},
): ValidationResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineAt = (path: FieldPath) => lineOf(doc, lines, path);
  if (doc.errors.length > 0) {
    return {
      lineOf: lineAt,
      warnings: [],
      problems: doc.errors.map((error) => ({
        ...fieldProblem([], "yamlSyntax", { detail: error.message.split("\n")[0] ?? "" }),
        file,
        line: lines.linePos(error.pos[0]).line,
      })),
    };
  }

  const locate = (found: FieldProblem[]): Problem[] =>
    found
      .map((problem) => ({ ...problem, file, line: lineOf(doc, lines, problem.path) }))
      .sort((a, b) => a.line - b.line);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library refuses aliases that expand too far: a resource exhaustion attack.
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return {
      lineOf: lineAt,
      warnings: [],
      problems: [{ ...fieldProblem([], "aliasesTooLarge", { detail }), file, line: 1 }],
    };
  }
  const checked = checkStoryData(raw, options);
  return {
    ...(checked.story ? { story: checked.story } : {}),
    problems: locate(checked.problems),
    warnings: locate(checked.warnings),
    data: raw,
    lineOf: lineAt,
  };
}

export interface CheckedStoryData {
  /** The story in canonical form, present only when there are no problems. */
  story?: StoryData;
  problems: FieldProblem[];
  /** Empty while the story's shape is wrong: they are read from a story of the right shape. */
  warnings: FieldProblem[];
}

/**
 * Checks a story already read from YAML: the schema, the cross-references, then its rich text
 * and hedges. Problems name fields, not lines: the caller knows where the text came from.
 */
export function checkStoryData(
  raw: unknown,
  options: CrossCheckOptions & {
    /** `false` skips the hedge check, which only ever warns (the build has no use for it). */
    warnings?: boolean;
  } = {},
): CheckedStoryData {
  const parsed = storySchema.safeParse(raw, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...crossCheckStory(raw, options),
  ];
  if (problems.length > 0 || !parsed.success) return { problems, warnings: [] };
  // Rich text is read once the shape is known: the browser gets it in canonical form.
  const text = canonicalizeStoryText(parsed.data);
  const warnings = [...text.warnings, ...(options.warnings === false ? [] : hedgeWarnings(raw))];
  if (text.problems.length > 0) return { problems: text.problems, warnings };
  return { story: text.story, problems: [], warnings };
}
