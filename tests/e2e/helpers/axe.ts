import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core"), "utf8");

declare global {
  interface Window {
    axe?: { run: (context?: unknown, options?: RunOptions) => Promise<AxeResults> };
  }
}

/** Injects axe-core into the page (once) and runs it on the whole document. */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    // Evaluated over the DevTools protocol, not as a <script>: the page's CSP rightly forbids
    // inline scripts, and the test must not weaken it to run axe.
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (opts) => {
    if (!window.axe) throw new Error("axe-core was not injected");
    return window.axe.run(document, opts);
  }, options);
}

/** Fails the test with each violation's id, impact, help text and target selectors. */
export async function expectNoAxeViolations(page: Page, options: RunOptions = {}): Promise<void> {
  const { violations } = await runAxe(page, options);
  const report = violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.join(" ")}`).join("\n");
      return `${v.id} (${v.impact ?? "n/a"}): ${v.help}\n${targets}`;
    })
    .join("\n");
  expect(
    violations.map((v) => v.id),
    `axe-core found ${violations.length} violation(s):\n${report}`,
  ).toEqual([]);
}
