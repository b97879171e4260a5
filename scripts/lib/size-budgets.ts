import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface Budget {
  pattern: string;
  gzip: number;
  why?: string;
  /**
   * A budget on what the story's words make (its pages), not on the code: over it, a build
   * warns and still publishes, unless it is strict (CI's).
   */
  content?: boolean;
  /** The budget of a build with React DOM (`READER_RENDERER=react`), where it differs. */
  reactDomGzip?: number;
}

/**
 * The budgets of this build's renderer: a build with React DOM carries about 53 KB more in its
 * entry than one with Preact, the default (README, "Two renderers").
 */
export function forRenderer<T extends { gzip: number; reactDomGzip?: number }>(
  budgets: T[],
  renderer = process.env["READER_RENDERER"],
): T[] {
  if (renderer !== "react") return budgets;
  return budgets.map((budget) => ({ ...budget, gzip: budget.reactDomGzip ?? budget.gzip }));
}

export interface SizeResult {
  file: string;
  gzip: number;
  budget: Budget | undefined;
  over: boolean;
}

/**
 * `assets/index-*.js` → a RegExp matching that path, `*` standing for any file-name characters
 * and `**` followed by a slash for any folders, or none (`**` + `/index.html`: every page).
 */
export function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split("**/")
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
    .join("(?:.*/)?");
  return new RegExp(`^${escaped}$`);
}

/** Every file under `dir`, as paths relative to `root`. */
export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path)];
  });
}

/**
 * Gzipped size of every .js, .css and .html file in `dist`, against the first budget that
 * matches it (a file no budget names is listed, not checked).
 */
export function checkSizes(dist: string, budgets: readonly Budget[]): SizeResult[] {
  return listFiles(dist)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .sort()
    .map((file) => {
      const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      const budget = budgets.find((b) => globToRegExp(b.pattern).test(file));
      return { file, gzip, budget, over: budget !== undefined && gzip > budget.gzip };
    });
}

/**
 * What is over budget, split by what it stops: code over its budget always fails a build; a
 * page over its budget fails a strict build (CI's, which builds the bundled story and the test
 * stories: a page over there is the code's doing) and is a warning in a journalist's build,
 * which publishes a story that grew past the first round trip rather than none.
 */
export function sizeVerdicts(
  results: readonly SizeResult[],
  strict: boolean,
): { failures: SizeResult[]; warnings: SizeResult[] } {
  const over = results.filter((r) => r.over);
  const warned = (r: SizeResult) => !strict && r.budget?.content === true;
  return { failures: over.filter((r) => !warned(r)), warnings: over.filter(warned) };
}
