import { expect, test } from "./helpers/story-test.ts";
import { collectPageErrors } from "./helpers/page-errors.ts";

const LAST_VISIT = Date.parse("2026-01-03T12:00:00+01:00");

test("marks what is new or updated since the reader's last visit", async ({ page }) => {
  await page.goto("/developing-story/");
  // A first visit marks nothing: everything is new to a first-time reader.
  await expect(page.locator(".fresh-badge")).toHaveCount(0);

  await page.evaluate(
    (time) => localStorage.setItem("news-timeline:last-visit:developing-story", String(time)),
    LAST_VISIT,
  );
  await page.reload();
  const list = page.locator("#events");
  await expect(list.locator("#event-day-five")).toContainText("Ny siden sist");
  await expect(list.locator("#event-day-two")).toContainText("Oppdatert siden sist");
  await expect(list.locator("#event-day-one .fresh-badge")).toHaveCount(0);
  await expect(list).toContainText("2 nye eller oppdaterte siden forrige besøk");
  await expect(page.getByText(/^Oppdatert 5\. jan\. 2026/)).toBeVisible();
});

test("shows newest first, and opens at the latest event", async ({ page }) => {
  await page.goto("/developing-story/");
  await page.locator("#events").getByRole("button", { name: "Nyeste først" }).click();
  await expect(page).toHaveURL(/order=newest/);
  const titles = await page.locator("ol.event-list > li h3").allTextContents();
  expect(titles).toEqual(["Dag fem", "Dag to", "Dag én"]);
  await page.getByRole("button", { name: "Gå til siste" }).click();
  await expect(page).toHaveURL(/event=day-five/);
});

test("works when storage is blocked (a sandboxed iframe, private browsing)", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/developing-story/?event=day-two");
  await expect(page.locator("#timeline-card")).toContainText("Dag to");
  await page.locator("#events").getByRole("button", { name: "Nyeste først" }).click();
  await expect(page.locator("ol.event-list > li h3").first()).toHaveText("Dag fem");
  expect(errors).toEqual([]);
});

test("stays readable inside a sandboxed iframe with no storage and no same-origin", async ({
  page,
}) => {
  await page.goto("http://127.0.0.1:4174/blank.html");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "http://127.0.0.1:4173/developing-story/embed/?start=latest";
    frame.setAttribute("sandbox", "allow-scripts");
    frame.title = "Timeline";
    frame.style.cssText = "width:400px;height:700px";
    document.body.append(frame);
  });
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("En sak i utvikling");
  // The app has started (its code loads with CORS from an opaque origin), and it works.
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "");
  await expect(frame.locator("html")).not.toHaveAttribute("data-start-failed");
  await frame.getByRole("button", { name: /Dag to/ }).click();
  await expect(frame.locator(".event-card")).toContainText("Dag to");
});
