/**
 * `npm run check:sizes`: gzipped sizes of dist/ against size-budgets.json, per step a reader
 * takes (bundles) and per file; exits 1 when anything is over.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkBundles, type BundleBudget } from "./lib/bundle-sizes.ts";
import { checkSizes, type Budget } from "./lib/size-budgets.ts";
import { ROOT } from "./lib/story-files.ts";

const { budgets, bundles } = JSON.parse(readFileSync(join(ROOT, "size-budgets.json"), "utf8")) as {
  budgets: Budget[];
  bundles: BundleBudget[];
};
const dist = join(ROOT, "dist");
const results = checkSizes(dist, budgets);
const bundleResults = checkBundles(
  dist,
  results.map((r) => r.file),
  bundles,
);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log("gzip size  budget     what a reader loads");
for (const r of bundleResults) {
  console.log(
    `${kb(r.gzip).padStart(9)}  ${kb(r.budget.gzip).padStart(9)}  ${r.budget.name}: ${r.files.join(", ")}${r.over ? "  ← OVER BUDGET" : ""}`,
  );
}
// Pages are many (one per event and language): the largest stands for them, unless one is over.
const pages = results.filter((r) => r.file.endsWith(".html"));
const largestPage = pages.reduce<(typeof pages)[number] | undefined>(
  (a, b) => (a && a.gzip >= b.gzip ? a : b),
  undefined,
);
const listed = results.filter((r) => !r.file.endsWith(".html") || r.over || r === largestPage);
console.log("\ngzip size  budget     file");
for (const r of listed) {
  const budget = r.budget ? kb(r.budget.gzip) : "—";
  console.log(
    `${kb(r.gzip).padStart(9)}  ${budget.padStart(9)}  ${r.file}${r === largestPage ? ` (the largest of ${pages.length} pages)` : ""}${r.over ? "  ← OVER BUDGET" : ""}`,
  );
}
const over = results.filter((r) => r.over).length + bundleResults.filter((r) => r.over).length;
if (over > 0) {
  console.error(`\n${over} size(s) over budget (size-budgets.json).`);
  process.exit(1);
}
