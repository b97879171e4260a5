import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { SRC_ALIAS } from "./vite.config.ts";
import { PREACT_RENDERER_ALIASES } from "./scripts/lib/reader-renderer.ts";

/** Tests that run on Preact, the lighter renderer the reader can be built with (README, "Two renderers"). */
const ON_PREACT = "tests/components/preact/**/*.test.tsx";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: SRC_ALIAS },
  test: {
    environment: "node",
    // Component tests render whole stories in jsdom; a busy 2-core CI machine needs the room.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: "react",
          include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
          exclude: [ON_PREACT],
          setupFiles: ["tests/setup.ts"],
        },
      },
      {
        extends: true,
        resolve: { alias: PREACT_RENDERER_ALIASES },
        test: {
          name: "preact",
          include: [ON_PREACT],
          setupFiles: ["@testing-library/jest-dom/vitest"],
        },
      },
    ],
  },
});
