import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe.ts";

// A whole document: axe's page-level rules (html-has-lang, document-title) need lang and <title>.
const html = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>E2E harness</title></head><body>${body}</body></html>`;

test("browser launches and axe-core finds no violations", async ({ page, browser }) => {
  expect(browser.version()).toMatch(/^\d+\./);
  await page.setContent(html("<main><h1>Hi</h1><button>OK</button></main>"));
  await expect(page.getByRole("button", { name: "OK" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("axe helper names each violation and its target", async ({ page }) => {
  await page.setContent(html("<main><h1>Hi</h1><button></button></main>"));
  let message = "";
  try {
    await expectNoAxeViolations(page);
  } catch (error) {
    message = String(error);
  }
  expect(message).toContain("button-name");
  expect(message).toContain("- button");
});
