import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { storyPages } from "./scripts/lib/vite-story-pages.ts";

export default defineConfig({
  // Every story page is its own HTML file (prerendered by the build; rendered by our middleware
  // in dev), so there is no single-page fallback that could show an empty shell.
  appType: "mpa",
  plugins: [react(), storyPages()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: true },
});
