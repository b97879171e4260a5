import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { globToRegExp } from "./size-budgets.ts";

/**
 * Budgets for what a reader loads at each step, not file by file: a chunk's static imports
 * load with it, so a budget on one file would miss them. A step counts the chunks it needs
 * that earlier steps have not already loaded.
 */
export interface BundleBudget {
  name: string;
  /** The chunks the step starts: a dist/ path or glob, or "page" for the app's entry. */
  entries: string[];
  /** Steps already taken, whose chunks the reader has. */
  after?: string[];
  gzip: number;
  /** The budget of a build with React DOM (`READER_RENDERER=react`), where it differs. */
  reactDomGzip?: number;
  why?: string;
}

export interface BundleResult {
  budget: BundleBudget;
  files: string[];
  gzip: number;
  over: boolean;
}

/** The entry a built page starts: the chunk its start-up script imports. */
export function pageEntry(dist: string): string {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const match = /import\("\/?(assets\/[^"]+\.js)"\)/.exec(html);
  if (!match?.[1]) throw new Error("dist/index.html has no start-up import");
  return match[1];
}

/** The chunk and every chunk it imports statically, transitively. */
export function staticClosure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`); import() is lazy.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
      visit(posix.join(posix.dirname(file), match[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

export function checkBundles(
  dist: string,
  files: readonly string[],
  budgets: readonly BundleBudget[],
): BundleResult[] {
  const loaded = new Map<string, Set<string>>();
  const gzipOf = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return budgets.map((budget) => {
    const entries = budget.entries.flatMap((pattern) =>
      pattern === "page" ? [pageEntry(dist)] : files.filter((f) => globToRegExp(pattern).test(f)),
    );
    const before = new Set((budget.after ?? []).flatMap((name) => [...(loaded.get(name) ?? [])]));
    const all = new Set(entries.flatMap((entry) => staticClosure(dist, entry)));
    loaded.set(budget.name, new Set([...before, ...all]));
    const own = [...all].filter((file) => !before.has(file)).sort();
    const gzip = own.reduce((sum, file) => sum + gzipOf(file), 0);
    return { budget, files: own, gzip, over: gzip > budget.gzip };
  });
}
