/**
 * Runs the Playwright end-to-end tests with a Chromium that needs no download.
 *
 * Usage: tsx scripts/run-e2e.ts [extra playwright test args]
 * (`npm run test:e2e` builds first, then runs this.)
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { resolveBrowserPath } from "./resolve-browser.ts";

const browserPath = await resolveBrowserPath();
process.env["CHROME_PATH"] = browserPath;
process.stderr.write(`[run-e2e] using browser ${browserPath}\n`);

// Same as `npx playwright test ...`, but without npx's extra process in between: npm does not pass
// SIGTERM on, which would leave playwright and its `vite preview` web server running.
const playwrightCli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const child = spawn(process.execPath, [playwrightCli, "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});

// Ctrl-C reaches playwright directly through the terminal's process group (a second SIGINT would
// make it skip its cleanup), so this process only waits for it. SIGTERM (e.g. a CI timeout) is
// turned into SIGINT, the signal on which playwright stops its workers and web server cleanly.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGINT"));

child.on("error", (error) => {
  process.stderr.write(`[run-e2e] could not start playwright: ${error.message}\n`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 1));
});
