import { defineConfig, devices } from "@playwright/test";
import { BROWSER_ARGS } from "./scripts/resolve-browser.ts";

const executablePath = process.env["CHROME_PATH"];
if (!executablePath) {
  throw new Error(
    "CHROME_PATH is not set. Run the end-to-end tests with `npm run test:e2e` " +
      "(or `npx tsx scripts/run-e2e.ts [playwright args]`), which finds a Chromium binary " +
      "and sets CHROME_PATH; `npx playwright install` cannot work on this machine.",
  );
}

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env["CI"],
  retries: process.env["CI"] ? 1 : 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    // Motion is tested as most assistive setups see it; the animations themselves are not.
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: {
      executablePath,
      args: [...BROWSER_ARGS],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: [
    {
      // Serves the built dist/ folder: build first (`npm run test:e2e` does).
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: BASE_URL,
      reuseExistingServer: !process.env["CI"],
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A host article on another origin, for the embed tests.
      command: "npx tsx tests/e2e/host/host-server.ts",
      url: "http://127.0.0.1:4174/article.html",
      reuseExistingServer: !process.env["CI"],
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
