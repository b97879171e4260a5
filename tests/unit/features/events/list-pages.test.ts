import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIST_PAGE_SIZE,
  listPageLinks,
  listPageName,
  listPages,
} from "@/features/events/list-pages.ts";
import { LIST_PAGE_KEY } from "@/lib/routes.ts";
import type { StoryDate } from "@/story/authoring/story-date-schema.ts";

const on = (at: string, id = at): { id: string; date: StoryDate } => ({
  id,
  date: { kind: "point", at, approximate: false } as StoryDate,
});

const pad = (n: number) => String(n).padStart(2, "0");

/** `count` events in date order from 2015, `perMonth` in each month. */
const story = (count: number, perMonth: number) =>
  Array.from({ length: count }, (_, i) => {
    const month = Math.floor(i / perMonth);
    return on(`${2015 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`, `e${i}`);
  });

describe("listPages", () => {
  it("leaves a story with a page for each event (150 or fewer) on its own page", () => {
    expect(listPages(story(150, 10), 150)).toBeNull();
  });

  it("leaves a long story's few dozen dated events on its page (the rest undated)", () => {
    expect(listPages(story(40, 10), 400)).toBeNull();
    expect(listPages(story(41, 10), 400)?.[0]?.key).toBe("2015");
  });

  it("splits a long story by month where its years are crowded, and a month into parts of 40", () => {
    const events = [...story(200, 100)];
    const pages = listPages(events, 200)!;
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
        fc.integer({ min: 151, max: 1500 }),
        fc.integer({ min: 1, max: 120 }),
        (n, per) => {
          const events = story(n, per);
          const pages = listPages(events, n)!;
          expect(pages.flatMap((p) => p.events)).toEqual(events);
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
  });
});

describe("listPageLinks", () => {
  it("links every page of a list of a few dozen pages", () => {
    const pages = listPages(story(400, 20), 400)!;
    expect(listPageLinks(pages, null).map((l) => l.key)).toEqual(pages.map((p) => p.key));
  });

  it("links each other year and the pages of the year in view, however many pages there are", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1500, max: 20_000 }), fc.nat(), (n, pick) => {
        const pages = listPages(story(n, 40), n)!;
        const current = pages[pick % pages.length]!;
        const links = listPageLinks(pages, current.key);
        const years = new Set(pages.map((p) => p.period.slice(0, 4)));
        const sameYear = pages.filter((p) => p.period.startsWith(current.period.slice(0, 4)));
        expect(links.length).toBe(years.size - 1 + sameYear.length);
        expect(links.map((l) => l.key)).toContain(current.key);
        // Every event is counted once, under its year's link or its page's.
        expect(links.reduce((sum, l) => sum + l.events, 0)).toBe(n);
      }),
      { numRuns: 30 },
    );
  });
});
