import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { SRC_ALIAS } from "./vite.config.ts";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: SRC_ALIAS },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Component tests render whole stories in jsdom; a busy 2-core CI machine needs the room.
    testTimeout: 15_000,
  },
});
