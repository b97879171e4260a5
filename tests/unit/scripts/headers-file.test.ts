import { describe, expect, it } from "vitest";
import { headersFile } from "../../../scripts/lib/headers-file.ts";

describe("the _headers file", () => {
  const file = headersFile({
    base: "/",
    pages: ["/", "/en/", "/maduro-usa-2025/", "/maduro-usa-2025/en/"],
  });
  const rules = Object.fromEntries(
    file
      .split("\n\n")
      .filter((block) => !block.startsWith("#") && block.trim())
      .map((block) => {
        const [path, ...headers] = block.split("\n");
        return [path!, headers.map((h) => h.trim())];
      }),
  );

  it("keeps story pages from being framed elsewhere, and leaves the embeds frameable", () => {
    expect(rules["/maduro-usa-2025/en/"]).toContain(
      "Content-Security-Policy: frame-ancestors 'self'",
    );
    expect(rules["/maduro-usa-2025/en/"]).toContain("X-Frame-Options: SAMEORIGIN");
    const framing = Object.entries(rules).filter(([, headers]) =>
      headers.some((h: string) => h.startsWith("X-Frame-Options") || h.includes("frame-ancestors")),
    );
    for (const [path] of framing) expect(path).not.toMatch(/embed/);
    expect(framing.map(([path]) => path)).not.toContain("/*");
  });

  it("sends a referrer policy everywhere, and caches hashed assets for good", () => {
    expect(rules["/*"]).toContain("Referrer-Policy: strict-origin-when-cross-origin");
    expect(rules["/assets/*"]).toContain("Cache-Control: public, max-age=31536000, immutable");
    expect(rules["/assets/*"]).toContain("Access-Control-Allow-Origin: *");
  });

  it("lets no cache keep a story page or its version.json, so updates reach readers", () => {
    expect(rules["/maduro-usa-2025/"]).toContain("Cache-Control: no-cache");
    expect(rules["/*/version.json"]).toEqual(["Cache-Control: no-cache"]);
  });
});
