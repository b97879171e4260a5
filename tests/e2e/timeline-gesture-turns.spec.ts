import { expect, test } from "./helpers/story-test.ts";

test.use({ viewport: { width: 1280, height: 800 } });

test("a drag begun as a wheel zoom ends is one gesture: the plot is not laid out under the pointer", async ({
  page,
}) => {
  await page.goto("/");
  const plot = page.locator(".htl__plot");
  const box = (await plot.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -400);
  await page.keyboard.up("Control");
  // Pressed within the wheel zoom's last 150 ms, and held past the pause after which the plot
  // is laid out again.
  await page.mouse.down();
  await page.mouse.move(x - 20, y);
  await expect(page.locator(".htl__sketch")).toBeVisible();
  const changes = await page.locator(".htl__layer").evaluate(
    (layer) =>
      new Promise<number>((done) => {
        let count = 0;
        const watch = new MutationObserver((records) => (count += records.length));
        watch.observe(layer, { childList: true, subtree: true, attributes: true });
        setTimeout(() => {
          watch.disconnect();
          done(count);
        }, 1200);
      }),
  );
  expect(changes).toBe(0);
  expect(await plot.evaluate((element) => getComputedStyle(element).cursor)).toBe("grabbing");
  await page.mouse.move(x - 60, y);
  await page.mouse.up();
  await expect(page.locator(".htl__sketch")).toBeHidden();
});
