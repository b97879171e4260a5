/**
 * `npm run check:sizes`: gzipped sizes of dist/ against size-budgets.json, per step a reader
 * takes (bundles) and per file; exits 1 when anything is over, except a page in a build that
 * is not strict (STRICT_SIZES=1, as CI and `npm test` build): that is a warning (sizeVerdicts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkBundles, type BundleBudget } from "./lib/bundle-sizes.ts";
import { checkSizes, forRenderer, sizeVerdicts, type Budget } from "./lib/size-budgets.ts";
import { ROOT } from "./lib/story-files.ts";

const budgetFile = JSON.parse(readFileSync(join(ROOT, "size-budgets.json"), "utf8")) as {
  budgets: Budget[];
  bundles: BundleBudget[];
};
const budgets = forRenderer(budgetFile.budgets);
const bundles = forRenderer(budgetFile.bundles);
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
const strict = process.env["STRICT_SIZES"] === "1";
const { failures, warnings } = sizeVerdicts(results, strict);
const flag = (r: (typeof results)[number]) =>
  warnings.includes(r) ? "  ← over (a warning)" : r.over ? "  ← OVER BUDGET" : "";
const listed = results.filter((r) => !r.file.endsWith(".html") || r.over || r === largestPage);
console.log("\ngzip size  budget     file");
for (const r of listed) {
  const budget = r.budget ? kb(r.budget.gzip) : "—";
  console.log(
    `${kb(r.gzip).padStart(9)}  ${budget.padStart(9)}  ${r.file}${r === largestPage ? ` (the largest of ${pages.length} pages)` : ""}${flag(r)}`,
  );
}
if (warnings.length > 0) {
  console.warn(
    `\nWarning: ${warnings.length} page(s) over the ${kb(warnings[0]!.budget!.gzip)} a phone receives in its first round trip (size-budgets.json):`,
  );
  for (const r of warnings.slice(0, 10)) console.warn(`  ${kb(r.gzip).padStart(9)}  ${r.file}`);
  if (warnings.length > 10) console.warn(`  … and ${warnings.length - 10} more`);
  console.warn(
    "They are published and work: what does not fit arrives a round trip later, below the first\n" +
      "screen. Longer event texts, explainers and experts' words make a page longer; a list of more\n" +
      'than 40 events moves to pages of its own by itself (docs/authoring.md, "A long story").',
  );
}
const over = failures.length + bundleResults.filter((r) => r.over).length;
if (over > 0) {
  console.error(`\n${over} size(s) over budget (size-budgets.json).`);
  process.exit(1);
}
