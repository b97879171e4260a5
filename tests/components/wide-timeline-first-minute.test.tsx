// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderStoryAt } from "../helpers/render-story.tsx";

/*
 * The wide timeline as a reader first meets it, at a 600 px window (a 568 px plot, with the
 * card below it), where one label does not fit and is folded into a "+1" badge. jsdom has no
 * layout: the window answers as a wide screen and the frame as 568 px (wide-timeline.test.tsx).
 */
const FRAME_WIDTH = 568;

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
    return this.classList.contains("htl__frame") ? FRAME_WIDTH : 0;
  });
});
afterAll(() => vi.restoreAllMocks());
afterEach(() => window.history.replaceState(null, "", "/"));

const timeline = () => screen.getByRole("region", { name: "Tidslinje" });
const plot = () => timeline().querySelector<HTMLElement>(".htl__plot")!;
/** The plot, once the lazily loaded wide timeline has drawn it. */
const findPlot = () => waitFor(() => within(plot()).getAllByRole("button") && plot());

describe("the wide timeline's first minute", () => {
  it("marks claims on the plot's labels and keys the statuses above the plot", async () => {
    renderStoryAt();
    const deadline = await within(await findPlot()).findByRole("button", {
      name: "28. november 2025 Fristen for Maduro om å forlate Venezuela, ifølge kilder til Reuters, ubekreftet",
    });
    expect(within(deadline).getByText("ubekreftet")).toBeInTheDocument();
    const key = within(timeline()).getByRole("list", {
      name: "Slik merker vi påstandene i tidslinjen",
    });
    expect(within(key).getByText("avvist")).toBeInTheDocument();
    expect(within(key).queryByText("omstridt")).toBeNull();
  });

  it("names a cluster's badge by its dates and count, and zooms in to its first event's button", async () => {
    renderStoryAt();
    const badge = await within(await findPlot()).findByRole("button", {
      name: "21. nov. 2025: 1 hendelse til – zoom inn",
    });
    expect(badge).toHaveTextContent("+1");
    expect(badge).toHaveAttribute("title", "21. nov. 2025: 1 hendelse til – zoom inn");
    badge.focus();
    fireEvent.click(badge);
    await waitFor(() =>
      expect(
        within(plot()).getByRole("button", {
          name: "21. november 2025 Trump og Maduro skal ha snakket sammen, ubekreftet",
        }),
      ).toHaveFocus(),
    );
    expect(within(plot()).queryByRole("button", { name: /hendelse til/ })).toBeNull();
  });
});
