import { expect, test, type Page } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";

const HOST = "http://127.0.0.1:4174";

test.use({ viewport: { width: 1280, height: 900 } });

async function openBuilder(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Bygg inn" }).click();
  const dialog = page.getByRole("dialog", { name: "Bygg inn tidslinjen i en artikkel" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Pastes a snippet into a blank page on another origin, as a journalist would in a CMS. */
async function pasteIntoBlankPage(page: Page, snippet: string) {
  const blank = await page.context().newPage();
  await blank.goto(`${HOST}/blank.html`);
  await blank.evaluate((html) => {
    const range = document.createRange();
    document.body.append(range.createContextualFragment(html));
  }, snippet);
  return blank;
}

test("the builder's loader snippet, pasted into a blank page, embeds the chosen view", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const dialog = await openBuilder(page);
  await dialog.getByLabel("Åpne ved").selectOption("deadline-28-november");
  await dialog.getByLabel("Språk").selectOption("en");
  await dialog.getByLabel("Fargetema").selectOption("dark");
  await expect(dialog.frameLocator("iframe").first().locator(".event-card")).toContainText(
    "Maduro's deadline",
  );
  const preview = dialog.locator("iframe").first();
  await expect(preview).toHaveAttribute("width", "320");

  await dialog.getByRole("button", { name: "Kopier" }).first().click();
  await expect(dialog.getByText("Kopiert til utklippstavlen")).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain("/maduro-usa-2025/en/embed/?event=deadline-28-november&amp;theme=dark");

  const blank = await pasteIntoBlankPage(page, snippet);
  const frame = blank.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(frame.locator('[data-event-id="deadline-28-november"]').first()).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(blank.locator("iframe")).toHaveAttribute(
    "title",
    "Maduro defied the US deadline to step down",
  );
  const height = await blank.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
  expect(height).not.toBe(600);
});

test("the plain iframe snippet works where scripts are stripped", async ({ page }) => {
  const dialog = await openBuilder(page);
  await dialog.getByLabel("Vis tittelen over tidslinjen").uncheck();
  const snippet = await dialog
    .getByLabel("Kode for publiseringssystemer som fjerner skript (fast høyde)")
    .inputValue();
  expect(snippet).not.toContain("<script");
  expect(snippet).toContain('height="820"');
  const blank = await pasteIntoBlankPage(page, snippet);
  const frame = blank.frameLocator("iframe");
  await expect(frame.getByRole("region", { name: "Tidslinje" })).toBeVisible();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveClass("visually-hidden");
});

test("the builder is accessible and closes with Esc, returning focus", async ({ page }) => {
  const dialog = await openBuilder(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Bygg inn" })).toBeFocused();
});

test("an event card copies a link that reopens the event", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?event=maduro-palace-speech&lang=en");
  await page.locator("#timeline-card").getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator("#timeline-card").getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The event's own page, in the reader's language.
  expect(link).toBe("http://127.0.0.1:4173/maduro-usa-2025/en/maduro-palace-speech/");
  const tab = await context.newPage();
  await tab.goto(link);
  await expect(tab.locator("#timeline-card")).toContainText(
    "Maduro speaks outside the presidential palace",
  );
});
