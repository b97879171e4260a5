/** `npm run check:sizes`: gzipped sizes of dist/ against size-budgets.json; exits 1 when over. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSizes, type Budget } from "./lib/size-budgets.ts";
import { ROOT } from "./lib/story-files.ts";

const { budgets } = JSON.parse(readFileSync(join(ROOT, "size-budgets.json"), "utf8")) as {
  budgets: Budget[];
};
const results = checkSizes(join(ROOT, "dist"), budgets);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log("gzip size  budget     file");
for (const r of results) {
  const budget = r.budget ? kb(r.budget.gzip) : "—";
  console.log(
    `${kb(r.gzip).padStart(9)}  ${budget.padStart(9)}  ${r.file}${r.over ? "  ← OVER BUDGET" : ""}`,
  );
}
const over = results.filter((r) => r.over);
if (over.length > 0) {
  console.error(`\n${over.length} file(s) over their size budget (size-budgets.json).`);
  process.exit(1);
}
