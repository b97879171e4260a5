import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./helpers/story-test.ts";

/*
 * "Save to project" under `npm start`: the dev server writes data/stories/<slug>/story.yaml
 * (here a copy of the stories in a temp folder), and a file changed on disk behind the
 * studio's back is shown as a conflict, with nothing lost.
 */
const PORT = 5175;
const DEV = `http://127.0.0.1:${PORT}`;
const stories = mkdtempSync(join(tmpdir(), "studio-dev-stories-"));
const file = join(stories, "my-story", "story.yaml");
let server: ChildProcess;

test.use({ viewport: { width: 1440, height: 1000 }, locale: "en-US" });
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  cpSync(
    join(import.meta.dirname, "../../data/stories/maduro-usa-2025"),
    join(stories, "my-story"),
    {
      recursive: true,
    },
  );
  server = spawn("npx", ["vite", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, STORIES_DIR: stories },
    stdio: "ignore",
    detached: true,
  });
  await expect
    .poll(
      () =>
        fetch(`${DEV}/studio/`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid);
});

test("saves to the project, and a change on disk behind the studio's back is a conflict that loses nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${DEV}/studio/`);
  await page.getByLabel("Stories on the site").selectOption("my-story");
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText("Opened my-story/story.yaml.");

  // An edit in the forms, saved into the project: the previous file is kept as .bak.
  const forms = page.getByRole("tabpanel", { name: "Forms" });
  await expect(forms.getByRole("table", { name: "Events" }).getByRole("row")).toHaveCount(21);
  await forms.getByRole("tab", { name: "Story details" }).click();
  await forms.locator("#field-story-title-en").fill("Maduro defied the deadline");
  await page.getByRole("button", { name: "Save to project" }).click();
  await expect(page.getByRole("status").first()).toContainText(
    "Saved in data/stories/my-story/story.yaml.",
  );
  expect(readFileSync(file, "utf8")).toContain("en: Maduro defied the deadline");
  expect(readFileSync(`${file}.bak`, "utf8")).toContain(
    "en: Maduro defied the US deadline to step down",
  );

  // Someone changes the file on disk (another editor, a git pull) while the studio edits on.
  await forms.locator("#field-story-title-en").fill("Mine, Maduro defied the deadline");
  const theirs = readFileSync(file, "utf8").replace(
    "nb: Maduro trosset USAs frist om å gå av",
    "nb: Deres tittel",
  );
  writeFileSync(file, theirs);
  await expect(page.getByRole("status").first()).toContainText(
    "changed on disk while you were editing",
  );

  await page.getByRole("button", { name: "Save to project" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The file changed on disk since you opened it" }),
  ).toBeVisible();
  expect(readFileSync(file, "utf8")).toBe(theirs);

  // Saving anyway keeps theirs beside ours.
  await page.getByRole("button", { name: "Save my version, and keep the other beside it" }).click();
  await expect(page.getByRole("status").first()).toContainText(
    "The other version is kept as story.other-",
  );
  expect(readFileSync(file, "utf8")).toContain("en: Mine, Maduro defied the deadline");
  const other = readdirSync(join(stories, "my-story")).find((name) =>
    name.startsWith("story.other-"),
  )!;
  expect(readFileSync(join(stories, "my-story", other), "utf8")).toBe(theirs);
});

test("the write endpoint answers only the dev server's own pages", async () => {
  const body = JSON.stringify({
    slug: "my-story",
    text: "story: {}",
    allowInvalid: true,
    overwrite: true,
  });
  const before = readFileSync(file, "utf8");
  for (const origin of ["http://evil.example", "http://127.0.0.1:4174", "null"]) {
    const response = await fetch(`${DEV}/__studio/save`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body,
    });
    expect(response.status, origin).toBe(403);
  }
  expect(readFileSync(file, "utf8")).toBe(before);
  expect(existsSync(join(stories, "evil"))).toBe(false);
});
