import { afterAll, beforeAll, vi } from "vitest";

/**
 * jsdom has no layout: for the wide timeline, the window answers its media queries as a wide
 * screen (and reduced motion), and the timeline's frame measures `frameWidth` px. Call at the
 * top of a test file.
 */
export function stubWideWindow(frameWidth: number): void {
  beforeAll(() => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query.includes("min-width: 600px") || query.includes("prefers-reduced-motion"),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains("htl__frame") ? frameWidth : 0;
    });
  });
  afterAll(() => vi.restoreAllMocks());
}
