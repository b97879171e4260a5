import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { storyPages } from "./scripts/lib/vite-story-pages.ts";

/** `@/…` is `src/…`, here as in tsconfig.json (tsx and Playwright read that one). */
export const SRC_ALIAS = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

export default defineConfig({
  // Every story page is its own HTML file (prerendered by the build; rendered by our middleware
  // in dev), so there is no single-page fallback that could show an empty shell.
  appType: "mpa",
  plugins: [react(), storyPages()],
  resolve: { alias: SRC_ALIAS },
  server: { port: 5173, host: "127.0.0.1" },
  // Any origin may load the built files, as from a CDN: a sandboxed embed (an opaque origin)
  // loads its module scripts with CORS (see README, Serving it).
  preview: { port: 4173, host: "127.0.0.1", cors: true },
  build: { target: "es2022", sourcemap: true },
});
