import { expect, test, type Page } from "./helpers/story-test.ts";

// The page is laid out as meant at every width and in both languages: nothing sits on words,
// cuts them or clips them. Geometry is read from the page (boxes, computed styles, hit tests).

type Box = { x0: number; y0: number; x1: number; y1: number };
const LANGS = ["nb", "en"] as const;
const WIDE = [600, 768, 1024, 1280, 1920];
const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
const inside = (a: Box, b: Box) =>
  a.x0 >= b.x0 - 0.5 && a.x1 <= b.x1 + 0.5 && a.y0 >= b.y0 - 0.5 && a.y1 <= b.y1 + 0.5;
const show = (b: Box) => `[${[b.x0, b.y0, b.x1, b.y1].map(Math.round).join(", ")}]`;

/** Opens the story at a width, and waits for the wide plot where there is one. */
async function open(page: Page, width: number, lang: string, query = "") {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`/?${[query, lang === "en" ? "lang=en" : ""].filter(Boolean).join("&")}`);
  if (width >= 600) await expect(page.locator(".htl .tl-tick").first()).toBeVisible();
}

// Helpers for page.evaluate, defined in the page (plain script, so not transpiled).
declare global {
  interface Window {
    boxOf: (el: Element, d?: number) => Box; // grown by d px on each side
    all: (root: Element, selector: string) => { text: string; box: Box }[];
    words: (el: Element) => Box[]; // the boxes of its lines of text
    paint: (li: Element) => { marker: Box; ring: Box }; // its ::before, its article's ring
    looks: (el: Element) => Record<string, string>; // what forced colours leave of its look
  }
}
test.beforeEach(({ page }) =>
  page.addInitScript(String.raw`
    const box = (r, d = 0) => ({ x0: r.left - d, y0: r.top - d, x1: r.right + d, y1: r.bottom + d });
    window.boxOf = (e, d) => box(e.getBoundingClientRect(), d);
    window.all = (root, selector) => [...root.querySelectorAll(selector)]
      .map((e) => ({ text: e.textContent, box: window.boxOf(e) }));
    // The lines of text the eye sees: text for screen readers only (.visually-hidden) is not.
    window.words = (el) => { const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), rects = [];
      for (let n = walk.nextNode(); n; n = walk.nextNode()) { if (n.parentElement.closest(".visually-hidden")) continue;
        const range = document.createRange(); range.selectNodeContents(n); rects.push(...range.getClientRects()); }
      return rects.filter((r) => r.width > 0).map((r) => box(r)); };
    window.paint = (li) => {
      const r = li.getBoundingClientRect(), m = getComputedStyle(li, "::before");
      const x = r.left + parseFloat(m.left), y = r.top + parseFloat(m.top), w = parseFloat(m.width);
      const grow = m.transform === "none" ? 0 : (w * Math.SQRT2 - w) / 2; // a square turned 45°
      const marker = box({ left: x, top: y, right: x + w, bottom: y + parseFloat(m.height) }, grow);
      const article = li.querySelector(":scope > article"), a = getComputedStyle(article);
      const outline = a.outlineStyle === "none" ? 0 : parseFloat(a.outlineWidth) + parseFloat(a.outlineOffset);
      const spread = parseFloat(/(-?[\d.]+)px(?!.*px)/.exec(a.boxShadow)?.[1] ?? "0");
      return { marker, ring: window.boxOf(article, Math.max(0, outline, spread)) };
    };
    window.looks = (e) => {
      const s = getComputedStyle(e), clear = /, 0\)$|transparent/.test(s.backgroundColor);
      return { background: clear ? getComputedStyle(document.body).backgroundColor : s.backgroundColor,
        color: s.color, border: s.borderTopWidth + " " + s.borderTopColor,
        outline: s.outlineStyle === "none" ? "none" : s.outlineWidth + " " + s.outlineColor };
    };`),
);

test("at 1920 px the timeline uses the screen's width", async ({ page }) => {
  await open(page, 1920, "nb");
  const frame = await page.locator(".htl__frame").evaluate((e) => window.boxOf(e));
  expect([frame.x0, frame.x1]).toEqual([16, 1904]);
  expect((await page.locator(".htl__plot").boundingBox())!.width).toBeGreaterThan(1500);
});

/** Each list item's marker and selection ring, and the boxes that clip them (content-visibility),
 * measured on screen: off screen, a skipped box has a placeholder's size. */
async function listPaint(page: Page) {
  return page.locator("#events li.event").evaluateAll(async (items) => {
    const out = [];
    for (const li of items) {
      li.scrollIntoView({ block: "center" });
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const clips = [];
      for (let e: Element | null = li; e; e = e.parentElement)
        if (getComputedStyle(e).contentVisibility === "auto") clips.push(window.boxOf(e));
      out.push({ id: li.id, clips, selected: li.ariaCurrent === "true", ...window.paint(li) });
    }
    return out;
  });
}

for (const width of [390, 1280]) {
  test(`the list's markers and selected event are drawn whole (${width} px)`, async ({ page }) => {
    await open(page, width, "nb", "event=deadline-28-november");
    // A phone folds the list away (the timeline above lists each event): unfold it.
    if (width < 600) await page.getByRole("button", { name: /Les alle 20 i sin helhet/ }).click();
    // A long story's list is in groups that skip their rendering: make this one such a group.
    for (const grouped of [false, true]) {
      if (grouped)
        await page.locator("#events ol.event-list").evaluate((list) => {
          list.outerHTML = `<section class="event-group">${list.outerHTML}</section>`;
        });
      const items = await listPaint(page);
      expect(items.filter((i) => i.selected)).toHaveLength(1);
      for (const { id, clips, marker, ring, selected } of items) {
        expect(clips.length, `${id} skips its rendering off screen`).toBeGreaterThan(0);
        for (const clip of clips) {
          expect(inside(marker, clip), `${id}: marker ${show(marker)} in ${show(clip)}`).toBe(true);
          if (selected) expect(inside(ring, clip), `${id}: ring ${show(ring)}`).toBe(true);
        }
      }
    }
  });
}

for (const lang of LANGS) {
  test(`the header's buttons never sit on its words (${lang})`, async ({ page }) => {
    for (const width of [390, 600, 768, 860, 1024, 1280, 1920]) {
      await open(page, width, lang);
      const { tools, words } = await page.locator(".story-header").evaluate((header) => ({
        tools: window.all(header, ".story-header__tools :is(a, button)").map((t) => t.box),
        words: [...header.querySelectorAll("h1, p")].flatMap((e) => window.words(e)),
      }));
      expect(tools.length).toBeGreaterThanOrEqual(3);
      for (const tool of tools)
        for (const line of words)
          expect(overlap(tool, line), `${width} px: ${show(tool)} on ${show(line)}`).toBe(false);
    }
  });

  test(`period labels are whole and not crossed by their bars (${lang})`, async ({ page }) => {
    for (const width of WIDE) {
      await open(page, width, lang);
      const spans = await page.locator(".htl .tl-event--span").evaluateAll((buttons) =>
        buttons.map((button) => {
          const id = button.getAttribute("data-event-id")!;
          const title = button.querySelector(".tl-event__title")!;
          const bar = document.querySelector(`.htl [data-span-bar="${id}"]`)!;
          const half = parseFloat(getComputedStyle(bar).strokeWidth) / 2;
          const plot = window.boxOf(document.querySelector(".htl__plot")!);
          const cut = title.scrollWidth > title.clientWidth + 1;
          return { id, plot, cut, text: window.words(title)[0]!, bar: window.boxOf(bar, half) };
        }),
      );
      expect(spans.length).toBeGreaterThan(0);
      for (const { id, plot, cut, text, bar } of spans) {
        const where = `${id} at ${width} px: words ${show(text)}, bar ${show(bar)}`;
        expect(cut, `${where} are cut`).toBe(false);
        expect(inside(text, plot), `${where} leave the plot ${show(plot)}`).toBe(true);
        expect(overlap(text, bar), `${where} are crossed by the bar`).toBe(false);
        // The words start where the bar does, unless they moved left to end in view.
        expect(text.x0 >= bar.x0 || text.x1 >= plot.x1 - 16 || bar.x0 < plot.x0, where).toBe(true);
      }
    }
  });

  test(`the cards' titles, dates and the band's words are whole (${lang})`, async ({ page }) => {
    // The widths a reader is promised no cut words at (600 px keeps labels over whole titles).
    for (const width of [768, 1024, 1280, 1920]) {
      await open(page, width, lang);
      const cut = await page
        .locator(".htl__plot")
        .evaluate((plot) =>
          [
            ...plot.querySelectorAll(
              ".tl-event__words, .tl-event--card .tl-event__date, .tl-band-label",
            ),
          ]
            .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
            .map((e) => e.textContent),
        );
      expect(cut, `cut at ${width} px`).toEqual([]);
      // Each card shows at least two lines of its title where it has them (a status word on
      // the date's line once took the second).
      const lines = await page
        .locator(".htl .tl-event--card .tl-event__words")
        .evaluateAll((all) =>
          all.map((e) => Math.round(e.clientHeight / parseFloat(getComputedStyle(e).lineHeight))),
        );
      expect(lines.length).toBeGreaterThan(4);
      expect(Math.max(...lines)).toBe(2);
    }
  });

  test(`the axis's words are whole, uncovered and clear of markers (${lang})`, async ({ page }) => {
    for (const width of WIDE) {
      // A deadline selected: its marker is the biggest one drawn on the axis.
      await open(page, width, lang, "event=deadline-28-november");
      const axis = await page.locator(".htl__plot").evaluate((plot) => {
        const labels = window.all(plot, ".tl-tick, .tl-now").map((label) => {
          const { x0, y0, x1, y1 } = label.box;
          const on = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2)?.closest("button");
          return { ...label, on: on?.className ?? null };
        });
        const marks = window.all(plot, ".tl-marker, .tl-cluster").map((m) => m.box);
        const breaks = window.all(plot, ".tl-axis__break rect");
        return { plot: window.boxOf(plot), labels, breaks, marks };
      });
      const ticks = axis.labels.filter((l) => !/^(Now|Nå)$/.test(l.text));
      expect(axis.labels.length - ticks.length, `"now" at ${width} px`).toBe(1);
      for (const { text, box, on } of axis.labels) {
        const where = `"${text}" ${show(box)} at ${width} px`;
        expect(inside(box, axis.plot), `${where} is clipped by the plot`).toBe(true);
        expect(on, `${where} is under a button`).toBeNull();
        // Clear of the markers, the "+N" badges and one another.
        for (const other of [...axis.marks, ...axis.labels.map((l) => l.box)])
          if (other !== box) expect(overlap(box, other), `${where} on ${show(other)}`).toBe(false);
      }
      // After each break, the axis resumes with a tick that names the year.
      for (const end of axis.breaks.map((b) => b.box.x1)) {
        const next = ticks.find((t) => (t.box.x0 + t.box.x1) / 2 > end);
        if (next) expect(next.text, `the first tick after ${Math.round(end)}`).toMatch(/\d{4}/);
      }
    }
  });

  test(`the phone's tools are even and say what the phone does (${lang})`, async ({ page }) => {
    const start = lang === "en" ? "Start from the beginning" : "Start fra begynnelsen";
    for (const width of [320, 390]) {
      await open(page, width, lang);
      const toolbar = page.locator(".vtl .tl-toolbar");
      const buttons = await toolbar.evaluate((bar) => window.all(bar, "button"));
      const heights = buttons.map(({ box }) => box.y1 - box.y0);
      expect(Math.max(...heights) - Math.min(...heights), `${heights}`).toBeLessThanOrEqual(1);
      await expect(toolbar.getByRole("button", { name: start })).toBeVisible();
      // Newest first, the list starts where "Latest" goes: no second way to its far end.
      await toolbar.getByRole("button", { name: /Newest first|Nyeste først/ }).click();
      await expect(toolbar.getByRole("button", { name: start })).toHaveCount(0);
      await expect(toolbar.getByRole("button", { name: /latest|siste/i })).toBeVisible();
      // The help for screen readers names the keys the phone's timeline has: no zoom.
      await expect(page.locator("#timeline > p").first()).not.toContainText(/zoom|\+/);
    }
    await open(page, 1280, lang);
    await expect(page.locator("#timeline > p").first()).toContainText("+");
  });

  test(`with a reader's text spacing no card is cut mid-line (${lang})`, async ({ page }) => {
    for (const width of [768, 1280]) {
      await open(page, width, lang);
      // WCAG 1.4.12's spacing, as a reader's style sheet sets it.
      await page.addStyleTag({
        content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`,
      });
      // Each line of a card's date and title is shown whole, hidden whole, or cut: by the card
      // or by a box inside it that hides overflow.
      const parts = await page.locator(".htl .tl-event--card").evaluateAll((cards) =>
        cards.flatMap((card) =>
          [...card.querySelectorAll(".tl-event__date, .tl-event__title")].map((part) => {
            let { y0: top, y1: bottom } = window.boxOf(card, -1);
            for (const e of [part, ...part.querySelectorAll("*:not(.visually-hidden)")])
              if (getComputedStyle(e).overflow !== "visible") {
                const b = window.boxOf(e);
                [top, bottom] = [Math.max(top, b.y0), Math.min(bottom, b.y1)];
              }
            const lines = window.words(part);
            const shown = lines.filter((l) => l.y0 >= top - 0.5 && l.y1 <= bottom + 0.5).length;
            const cut = lines.filter((l) => l.y0 < bottom - 0.5 && l.y1 > bottom + 0.5).length;
            return { id: card.getAttribute("data-event-id"), shown, cut };
          }),
        ),
      );
      for (const { id, shown, cut } of parts) {
        expect(cut, `${id}: lines cut at ${width} px`).toBe(0);
        expect(shown, `${id}: whole lines shown at ${width} px`).toBeGreaterThan(0);
      }
    }
  });
}

test("in forced colours the chosen theme, language and event stand out", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  const looks = (s: string) => page.evaluate((q) => window.looks(document.querySelector(q)!), s);
  const pairs = [
    [".chip[aria-pressed=true]", ".chip[aria-pressed=false]"],
    [".language-switch a[aria-current=true]", ".language-switch a:not([aria-current])"],
    [".htl .tl-event.is-selected", ".htl .tl-event--card:not(.is-selected)"],
    ["#events .event[aria-current=true] > article", "#events .event:not([aria-current]) > article"],
    [".vtl .tl-event.is-selected", ".vtl .tl-event:not(.is-selected)"],
    [".vtl .events__order[aria-pressed=true]", ".vtl .tl-toolbar button:not([aria-pressed])"],
  ] as const;
  for (const width of [1280, 390]) {
    await open(page, width, "nb", "event=deadline-28-november&threads=ultimatum&order=newest");
    for (const [chosen, other] of pairs) {
      if ((await page.locator(chosen).count()) === 0) continue;
      expect(await looks(chosen), `${chosen} at ${width} px`).not.toEqual(await looks(other));
    }
  }
});
