// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { expectSearch, renderStoryAt } from "../helpers/render-story.tsx";
import { stubWideWindow } from "../helpers/wide-window.ts";

/*
 * The wide timeline outside a browser: jsdom has no layout, so the window is made to answer
 * as a 1280 px screen (the media queries, and the width the plot is measured at).
 */
const FRAME_WIDTH = 1248;

stubWideWindow(FRAME_WIDTH);
afterEach(() => window.history.replaceState(null, "", "/"));

const timeline = () => screen.getByRole("region", { name: "Tidslinje" });
const plot = () => timeline().querySelector<HTMLElement>(".htl__plot")!;

describe("the wide timeline (rendered in jsdom)", () => {
  it("draws every dated event as a label placed by the render model", async () => {
    renderStoryAt();
    const call = await within(timeline()).findByRole("button", {
      name: "21. november 2025 Trump og Maduro skal ha snakket sammen – ubekreftet",
    });
    expect(plot()).toContainElement(call);
    // The plot beside the side column: 1248 less 340 and a 16 px gap.
    expect(plot().style.width).toBe("892px");
    // Above its own marker, in the focus's 70 % of the plot (plot-model.test.ts).
    expect(parseFloat(call.style.left)).toBeCloseTo(384.15, 2);
    expect(call.style.width).toBe("232px");
    const labels = plot().querySelectorAll("[data-event-id]");
    expect(labels).toHaveLength(12);
    expect(plot().querySelector(".tl-cluster")).toBeNull();
  });

  it("lists the undated events beside the plot, and starts with the title card", async () => {
    renderStoryAt();
    const side = await waitFor(() => timeline().querySelector<HTMLElement>(".htl__side--column")!);
    expect(within(side).getByRole("heading", { name: /Maduro trosset/ })).toBeInTheDocument();
    expect(
      within(side)
        .getAllByRole("button")
        .filter((b) => b.dataset["eventId"]),
    ).toHaveLength(8);
  });

  it("opens a label's card in the side column, draws its marker on top, and steps by key", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    // A click, not user-event's pointer sequence: d3-zoom's mousedown needs the event's window,
    // which jsdom's synthetic pointer events do not carry.
    const call = await within(timeline()).findByRole("button", { name: /Trump og Maduro skal/ });
    call.focus();
    fireEvent.click(call);
    await expectSearch("?event=trump-maduro-call");
    expect(
      within(timeline()).getByRole("article", { name: "Trump og Maduro skal ha snakket sammen" }),
    ).toBeInTheDocument();
    expect(plot().querySelector(".tl-axis--selected .tl-marker.is-selected")).not.toBeNull();
    await user.keyboard("{ArrowRight}");
    await expectSearch("?event=deadline-28-november");
    await waitFor(() =>
      expect(within(plot()).getByRole("button", { name: /Fristen for Maduro/ })).toHaveFocus(),
    );
  });

  it("has zoom buttons, and + then Show all lays the plot out again", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    const zoomIn = await within(timeline()).findByRole("button", { name: "Zoom inn" });
    const before = within(plot()).getByRole("button", { name: /Trump og Maduro skal/ }).style.left;
    await user.click(zoomIn);
    await waitFor(() =>
      expect(
        within(plot()).queryByRole("button", { name: /Trump og Maduro skal/ })?.style.left,
      ).not.toBe(before),
    );
    await user.click(within(timeline()).getByRole("button", { name: /Vis hele tidslinjen/ }));
    await waitFor(() =>
      expect(within(plot()).getByRole("button", { name: /Trump og Maduro skal/ }).style.left).toBe(
        before,
      ),
    );
  });
});
