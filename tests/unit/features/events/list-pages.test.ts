import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIST_PAGE_SIZE,
  listPageLinks,
  listPageName,
  listPages,
  pagedKinds,
  type ListPage,
} from "@/features/events/list-pages.ts";
import { LIST_PAGE_KEY } from "@/lib/routes.ts";
import type { StoryDate } from "@/story/authoring/story-date-schema.ts";

const on = (at: string, id = at): { id: string; date: StoryDate } => ({
  id,
  date: { kind: "point", at, approximate: false } as StoryDate,
});

const pad = (n: number) => String(n).padStart(2, "0");

/** `count` events the reporting gives no date for. */
const undated = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    date: { kind: "undated", asOf: "2025-01-01" } as StoryDate,
  }));

/** `count` events in date order from 2015, `perMonth` in each month. */
const story = (count: number, perMonth: number) =>
  Array.from({ length: count }, (_, i) => {
    const month = Math.floor(i / perMonth);
    return on(`${2015 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`, `e${i}`);
  });

describe("listPages", () => {
  it("leaves a story's few dozen dated events on its page, and splits more, event pages or not", () => {
    expect(listPages(story(40, 10))).toBeNull();
    expect(listPages(story(41, 10))?.[0]?.key).toBe("2015");
    // 60 events: each has a page of its own, and the list's full texts are split all the same.
    expect(listPages(story(60, 10))?.map((p) => p.key)).toEqual(["2015", "2015-p2"]);
  });

  it("splits a long story by month where its years are crowded, and a month into parts of 40", () => {
    const events = [...story(200, 100)];
    const pages = listPages(events)!;
    expect(pages.map((p) => [p.key, p.events.length])).toEqual([
      ["2015-01", 40],
      ["2015-01-p2", 40],
      ["2015-01-p3", 20],
      ["2015-02", 40],
      ["2015-02-p2", 40],
      ["2015-02-p3", 20],
    ]);
  });

  it("puts every event on exactly one page, in order, each page's key a path's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 1500 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 41, max: 300 }),
        (n, per, withoutDate) => {
          const events = story(n, per);
          const pages = listPages(events, undated(withoutDate))!;
          expect(pages.flatMap((p) => p.events)).toEqual([...events, ...undated(withoutDate)]);
          for (const page of pages) {
            expect(page.events.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
            expect(page.key).toMatch(LIST_PAGE_KEY);
          }
          expect(new Set(pages.map((p) => p.key)).size).toBe(pages.length);
        },
      ),
    );
  });

  it("names a page by its period, and its part when it has more than one", () => {
    expect(listPageName("2016-03", "nb")).toBe("mars 2016");
    expect(listPageName("2016-03-p2", "en")).toBe("March 2016 (2)");
    expect(listPageName("2016", "en")).toBe("2016");
    expect(listPageName("undated", "nb")).toBe("Uten dato i kildene");
    expect(listPageName("undated-p3", "en")).toBe("Not dated in the reporting (3)");
  });

  it("gives a long story's undated events pages of their own when more than a few dozen", () => {
    expect(listPages(story(100, 10), undated(100))!.map((p) => [p.key, p.events.length])).toEqual([
      ...listPages(story(100, 10))!.map((p) => [p.key, p.events.length]),
      ["undated", 40],
      ["undated-p2", 40],
      ["undated-p3", 20],
    ]);
    expect(pagedKinds(listPages(story(100, 10), undated(100)))).toEqual({
      dated: true,
      undated: true,
    });
    // A few dozen stay on the story's page, as a few dozen dated events do.
    expect(pagedKinds(listPages(story(100, 10), undated(40)))).toEqual({
      dated: true,
      undated: false,
    });
    const onlyUndated = listPages(story(30, 10), undated(170))!;
    expect(onlyUndated.map((p) => p.key)).toEqual([
      "undated",
      "undated-p2",
      "undated-p3",
      "undated-p4",
      "undated-p5",
    ]);
    expect(pagedKinds(onlyUndated)).toEqual({ dated: false, undated: true });
    // A story short enough to have a page per event splits a long list of undated ones too.
    expect(pagedKinds(listPages(story(30, 10), undated(120)))).toEqual({
      dated: false,
      undated: true,
    });
  });
});

describe("listPageLinks", () => {
  it("links every page of a list of a few dozen pages", () => {
    const pages = listPages(story(400, 20))!;
    expect(listPageLinks(pages, null).map((l) => l.key)).toEqual(pages.map((p) => p.key));
  });

  it("links each other year and the pages of the year in view, however many pages there are", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1500, max: 20_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.nat(),
        (n, withoutDate, pick) => {
          const pages = listPages(story(n, 40), undated(withoutDate))!;
          const current = pages[pick % pages.length]!;
          const links = listPageLinks(pages, current.key);
          // The undated pages count as one more year.
          const yearOf = (p: ListPage<unknown>) => p.period?.slice(0, 4) ?? "undated";
          const years = new Set(pages.map(yearOf));
          const sameYear = pages.filter((p) => yearOf(p) === yearOf(current));
          expect(links.length).toBe(years.size - 1 + sameYear.length);
          expect(links.map((l) => l.key)).toContain(current.key);
          // Every event on a page is counted once, under its year's link or its page's.
          const paged = pages.reduce((sum, p) => sum + p.events.length, 0);
          expect(links.reduce((sum, l) => sum + l.events, 0)).toBe(paged);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("opens the latest year's pages on the story's page, not the undated ones after it", () => {
    const pages = listPages(story(3000, 40), undated(100))!;
    const links = listPageLinks(pages, null);
    expect(links.at(-1)).toEqual({ key: "undated", name: { page: "undated" }, events: 100 });
    const latest = pages.filter((p) => p.period?.startsWith("2021"));
    expect(latest.length).toBeGreaterThan(1);
    for (const page of latest) expect(links.map((l) => l.key)).toContain(page.key);
  });
});
