import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "./helpers/story-test.ts";
import { expectNoAxeViolations } from "./helpers/axe.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

/*
 * The studio as a new user meets it: make a story in the browser, see it checked and
 * previewed, lose nothing to a reload, and download a file that `npm run validate` accepts.
 */
test.use({ viewport: { width: 1440, height: 1000 }, locale: "en-US" });

const forms = (page: Page) => page.getByRole("tabpanel", { name: "Forms" });
const preview = (page: Page) => page.frameLocator('iframe[title="Preview of the story"]');

/** Adds an event and fills its titles; returns nothing until the editor shows it. */
async function addEvent(page: Page, nb: string, en: string) {
  await forms(page).getByRole("button", { name: "Add event" }).click();
  await forms(page).getByLabel("Title (Norwegian)").fill(nb);
  await forms(page).getByLabel("Title (English)").fill(en);
}

/** The draft the studio keeps in the browser's storage (IndexedDB), as the next page load finds it. */
function draftText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open("news-timeline-studio");
        open.onsuccess = () => {
          const get = open.result.transaction("drafts").objectStore("drafts").get("current");
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text ?? "");
          get.onerror = () => resolve("");
        };
        open.onerror = () => resolve("");
      }),
  );
}

/** Drops files on the studio, as a journalist drags them from their desktop. */
async function dropFiles(page: Page, paths: readonly string[]) {
  const files = paths.map((path) => ({
    name: path.split("/").at(-1)!,
    bytes: [...readFileSync(join(import.meta.dirname, path))],
  }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, bytes } of list) data.items.add(new File([new Uint8Array(bytes)], name));
    return data;
  }, files);
  await page.locator(".studio-drop-zone").dispatchEvent("dragover", { dataTransfer: transfer });
  await page.locator(".studio-drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
}

async function setPrecision(page: Page, precision: string) {
  await forms(page).getByLabel("Precision", { exact: true }).selectOption({ label: precision });
}

test("a new user makes a story, breaks and fixes a date, keeps a draft, and downloads a valid file", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto("/studio/");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  await page.getByRole("button", { name: "New story" }).click();

  // Five events: a day, a month, a range, an undated one, and one more day.
  await addEvent(page, "Samtalen", "The call");
  await addEvent(page, "Oppbyggingen", "The build-up");
  await setPrecision(page, "Month");
  await forms(page).getByLabel("Month", { exact: true }).fill("2025-09");
  await addEvent(page, "Perioden", "The period");
  await setPrecision(page, "Range (from–to)");
  await forms(page).getByLabel("From", { exact: true }).fill("2014");
  await forms(page).getByLabel("To", { exact: true }).fill("2017");
  await addEvent(page, "Dusørene", "The bounties");
  await setPrecision(page, "Undated");
  await forms(page).getByLabel("As of", { exact: true }).fill("2025-12-03");
  await forms(page).getByLabel("The date in words (Norwegian)").fill("Dato ikke oppgitt");
  await forms(page).getByLabel("The date in words (English)").fill("Date not given");
  await addEvent(page, "Fristen", "The deadline");

  // An explainer, a person and a viewpoint with a quote, word for word.
  await forms(page).getByRole("tab", { name: "Explainers" }).click();
  await forms(page).getByRole("button", { name: "Add explainer" }).click();
  await forms(page).getByLabel("Title (English)").fill("Background");
  await forms(page).getByLabel("Paragraph 1 (Norwegian)").fill("Bakgrunnen for saken.");
  await forms(page).getByLabel("Paragraph 1 (English)").fill("The background of the story.");
  await forms(page).getByRole("tab", { name: "People" }).click();
  await forms(page).getByRole("button", { name: "Add person" }).click();
  await forms(page).getByLabel("Name", { exact: true }).fill("Kari Ekspert");
  await forms(page).getByLabel("Role or title (Norwegian)").fill("Forsker");
  await forms(page).getByLabel("Role or title (English)").fill("Researcher");
  await forms(page).getByRole("tab", { name: "Viewpoints" }).click();
  await forms(page).getByRole("button", { name: "Add viewpoint" }).click();
  await forms(page).getByRole("button", { name: "Add quote" }).click();
  await forms(page).getByLabel("Quote 1 (Norwegian)").fill("Dette er et sitat.");
  await forms(page).getByLabel("Quote 1 (English)").fill("This is a quote.");

  // The preview shows the story as readers will.
  await expect(preview(page).getByRole("button", { name: /The call/ })).toBeVisible();

  // Break a date (a range that ends before it starts): the problem names the field, and a
  // click on it takes the journalist there.
  await forms(page).getByRole("tab", { name: "Events" }).click();
  const period = forms(page).getByRole("button", { name: "The period", exact: true });
  if ((await period.getAttribute("aria-expanded")) !== "true") await period.click();
  await forms(page).getByLabel("To", { exact: true }).fill("2013");
  const problems = page.getByRole("list", { name: "Problems" });
  const problem = problems.getByRole("button", {
    name: /date\.to .*expected the end to be on or after the start/,
  });
  await expect(problem).toBeVisible();
  await expect(
    page.getByText("The text has errors right now. The preview shows the last valid version."),
  ).toBeVisible();
  await expect(preview(page).getByRole("button", { name: /The call/ })).toBeVisible();
  await forms(page).getByRole("tab", { name: "People" }).click();
  await problem.click();
  await expect(forms(page).getByLabel("To", { exact: true })).toBeFocused();
  await forms(page).getByLabel("To", { exact: true }).fill("2017");
  await expect(problem).toBeHidden();

  // Reload mid-edit: the draft is offered back, whole.
  await expect.poll(() => draftText(page)).toContain('to: "2017"');
  await page.reload();
  await page.getByRole("button", { name: "Get the draft back" }).click();
  await expect(forms(page).getByRole("button", { name: "The period", exact: true })).toBeVisible();

  // Download: the file is what `npm run validate` accepts, unchanged.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download story.yaml" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("story.yaml");
  const folder = join(mkdtempSync(join(tmpdir(), "studio-download-")), "downloaded-story");
  mkdirSync(folder);
  writeFileSync(join(folder, "story.yaml"), readFileSync((await download.path())!, "utf8"));
  const validate = spawnSync("npx", ["tsx", "scripts/validate.ts", folder], { encoding: "utf8" });
  expect(validate.stdout + validate.stderr).toContain("✓ downloaded-story: 6 events");
  expect(validate.status).toBe(0);
  expect(errors).toEqual([]);
});

test("a TimelineJS file dropped on the studio is imported, with what is left to do", async ({
  page,
}) => {
  await page.goto("/studio/");
  await dropFiles(page, ["../fixtures/timelinejs/sample.json"]);
  await expect(page.getByRole("status").first()).toContainText("Opened sample.json.");
  await expect(page.getByRole("heading", { name: "Still to do after the import" })).toBeVisible();
  await expect(forms(page).getByRole("table", { name: "Events" }).getByRole("row")).not.toHaveCount(
    1,
  );
});

test("a story.yaml dropped with its picture is kept together; a deleted event comes back with Ctrl+Z; the YAML explains its keys on hover", async ({
  page,
}) => {
  await page.goto("/studio/");
  await dropFiles(page, [
    "../../data/stories/maduro-usa-2025/story.yaml",
    "../../data/stories/maduro-usa-2025/share.png",
  ]);
  await expect(page.getByRole("status").first()).toContainText("Opened story.yaml.");
  await expect(preview(page).getByRole("heading", { level: 1 })).toHaveText(
    "Maduro defied the US deadline to step down",
  );
  // The picture beside it travels with the story: the download is the folder.
  await expect(page.getByRole("button", { name: "Download the folder (zip)" })).toBeVisible();

  // Undo across the table: delete a row, Ctrl+Z, the row is back.
  const table = forms(page).getByRole("table", { name: "Events" });
  const rows = table.getByRole("row");
  const before = await rows.count();
  await table
    .getByRole("button", { name: /^Delete / })
    .first()
    .click();
  await expect(rows).toHaveCount(before - 1);
  await page.keyboard.press("Control+z");
  await expect(rows).toHaveCount(before);

  // Hover help from the story's schema, in the YAML editor.
  await page.getByRole("tab", { name: "YAML" }).click();
  // The key's own token: the first highlighted word on its line.
  await page
    .locator(".cm-line", { hasText: /^\s*now: / })
    .first()
    .locator("span")
    .first()
    .hover();
  await expect(page.locator(".yaml-editor-hover")).toContainText("marked 'now' on the timeline");
});

test("the studio is accessible at 1280 and 768 px, and on a phone shows the preview", async ({
  page,
}) => {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/studio/");
    await expect(preview(page).getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/studio/");
  await expect(
    page.getByText("Editing needs a wider screen. Here you see the preview."),
  ).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Forms" })).toBeHidden();
  await expect(preview(page).getByRole("heading", { level: 1 })).toBeVisible();
});

test("a preview link opens the draft read-only, with no server behind it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/studio/");
  await page.getByRole("button", { name: "Preview link" }).click();
  await expect(page.getByRole("status").first()).toContainText("The link is copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/studio\/preview\/#draft=/);
  const viewer = await context.newPage();
  await viewer.goto(link);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Ny sak");
});
