import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe.ts";

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("the built story page loads without console errors and switches language", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page).toHaveTitle("Maduro defied the US deadline to step down – TV 2");
  expect(errors).toEqual([]);
});

test("every story has its own URL, and a shared link opens the event in English", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/maduro-usa-2025/?event=trump-maduro-call&lang=en");
  const item = page.locator("#event-trump-maduro-call");
  await expect(item).toHaveAttribute("aria-current", "true");
  await expect(item).toContainText("Trump and Maduro are said to have spoken");
  await expect(item).toContainText(
    "Not confirmed by: The White House, Venezuela's information ministry",
  );
  await expect(item).toBeInViewport();
  expect(errors).toEqual([]);
});

test("the story is readable with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/maduro-usa-2025/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Maduro trosset USAs frist om å gå av",
  );
  await expect(page.locator("ol.event-list > li")).toHaveCount(13);
  await expect(page.getByText("Ikke bekreftet av:").first()).toBeVisible();
  await context.close();
});

test("Back returns from an opened explainer", async ({ page }) => {
  await page.goto("/");
  await page
    .locator("#event-icc-preliminary-examination")
    .getByRole("link", { name: "ICC og Maduro" })
    .click();
  await expect(page).toHaveURL(/\?explainer=icc-maduro$/);
  await expect(page.locator("#explainer-icc-maduro")).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("#explainer-icc-maduro")).not.toHaveAttribute("aria-current", "true");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "English" }).click();
    await expectNoAxeViolations(page);
  });
}
