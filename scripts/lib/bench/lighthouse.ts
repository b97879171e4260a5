import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { BROWSER_ARGS } from "../../resolve-browser.ts";

export type Sample = Record<string, number>;

/**
 * Lighthouse (mobile, simulated throttling) on each page (name → URL), `runs` times,
 * alternating pages so drift on a noisy machine hits them all alike. Returns every run's
 * figures and the audits that scored below full marks.
 */
export async function runLighthouse<P extends string>(
  pages: Record<P, string>,
  runs: number,
  chromePath: string,
): Promise<{ samples: Record<P, Sample[]>; failingAudits: Record<string, string[]> }> {
  const samples = Object.fromEntries(
    Object.keys(pages).map((name) => [name, []]),
  ) as unknown as Record<P, Sample[]>;
  const failingAudits: Record<string, string[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, url] of Object.entries(pages) as [P, string][]) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: BROWSER_ARGS });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        const lhr = result!.lhr;
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        const observed = (key: string) =>
          ((lhr.audits["metrics"]?.details as { items?: Record<string, number>[] } | undefined)
            ?.items?.[0]?.[key] as number | undefined) ?? NaN;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category.id}:${ref.id}`),
        );
        failingAudits[name] = [...new Set([...(failingAudits[name] ?? []), ...failing])];
        samples[name].push({
          lcp: audit("largest-contentful-paint"),
          // What Chrome saw, unthrottled, before Lighthouse's simulation: tells a slow page
          // from a noisy simulation.
          observedLcp: observed("observedLargestContentfulPaint"),
          observedFcp: observed("observedFirstContentfulPaint"),
          fcp: audit("first-contentful-paint"),
          tbt: audit("total-blocking-time"),
          cls: audit("cumulative-layout-shift"),
          bytes: audit("total-byte-weight"),
          requests:
            (lhr.audits["network-requests"]?.details as { items?: unknown[] } | undefined)?.items
              ?.length ?? NaN,
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
        });
        console.log(
          `lighthouse run ${run + 1}/${runs} ${name}: LCP ${Math.round(samples[name].at(-1)!.lcp!)} ms`,
        );
      } finally {
        await chrome.kill();
      }
    }
  }

  return { samples, failingAudits };
}
