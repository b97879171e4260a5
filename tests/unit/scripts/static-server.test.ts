import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../../scripts/lib/static-server.ts";

const root = mkdtempSync(join(tmpdir(), "static-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), `<!doctype html><p>${"story ".repeat(200)}</p>`);
writeFileSync(join(root, "assets", "app-1.js"), "console.log(1);".repeat(100));

const servers = await Promise.all([serveStatic(root, 0), serveStatic(root, 0, "/", ["gzip"])]);
const url = (index: number, path: string) =>
  `http://127.0.0.1:${(servers[index]!.address() as AddressInfo).port}${path}`;
afterAll(() => servers.forEach((server) => server.close()));

// Node's fetch would decode the body; the raw headers are what a host sends.
const encodingOf = async (target: string) =>
  (await fetch(target, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } })).headers.get(
    "content-encoding",
  );

describe("serveStatic", () => {
  it("serves brotli to a browser that takes it, as a CDN does", async () => {
    expect(await encodingOf(url(0, "/"))).toBe("br");
  });

  it("serves gzip only when told to, as GitHub Pages and many newsroom servers do", async () => {
    expect(await encodingOf(url(1, "/"))).toBe("gzip");
    expect(await encodingOf(url(1, "/assets/app-1.js"))).toBe("gzip");
  });

  it("caches hashed assets for good and pages briefly", async () => {
    const asset = await fetch(url(0, "/assets/app-1.js"));
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const page = await fetch(url(0, "/"));
    expect(page.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await page.text()).toContain("story story");
  });
});
