// @vitest-environment jsdom
import {
  act,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HINT_MS, useZoomHint } from "@/features/timeline/zoom-hint.tsx";
import { generateStoryYaml } from "../../scripts/lib/generate-story.ts";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState } from "@/state/initial-state.ts";
import { validateStorySource } from "@/story/authoring/validate-story-source.ts";
import { toStory } from "@/story/model/story.ts";
import { renderStoryAt } from "../helpers/render-story.tsx";
import { stubWideWindow } from "../helpers/wide-window.ts";

/*
 * The wide timeline as a reader first meets it, at a 600 px window (a 568 px plot, with the
 * card below it): the story's focus, the call to the days after the deadline, takes most of
 * it, and 2014 to November is a strip of background. jsdom has no layout: the window answers
 * as a wide screen and the frame as 568 px (wide-timeline.test.tsx).
 */
const FRAME_WIDTH = 568;

stubWideWindow(FRAME_WIDTH);
afterEach(() => window.history.replaceState(null, "", "/"));

const timeline = () => screen.getByRole("region", { name: "Tidslinje" });
const plot = () => timeline().querySelector<HTMLElement>(".htl__plot")!;
/** The plot, once the lazily loaded wide timeline has drawn it. */
const findPlot = () => waitFor(() => within(plot()).getAllByRole("button") && plot());

describe("the wide timeline's first minute", () => {
  it("marks claims on the plot's labels and keys the statuses above the plot", async () => {
    renderStoryAt();
    const deadline = await within(await findPlot()).findByRole("button", {
      name: "28. november 2025 Fristen for Maduro om å forlate Venezuela, ifølge kilder til Reuters – ubekreftet",
    });
    expect(within(deadline).getByText("ubekreftet")).toBeInTheDocument();
    // The card's line holds the date and the status word: the eye gets the month short, so
    // the date is not cut; the name keeps it whole.
    expect(within(deadline).getByText("28. nov. 2025")).toHaveAttribute("aria-hidden", "true");
    const key = within(timeline()).getByRole("list", {
      name: "Slik merker vi påstandene i tidslinjen",
    });
    expect(within(key).getByText("avvist")).toBeInTheDocument();
    expect(within(key).queryByText("omstridt")).toBeNull();
  });

  it("opens on the key stretch: the call has its own label, the band and the background strip are named", async () => {
    renderStoryAt();
    const call = await within(await findPlot()).findByRole("button", {
      name: "21. november 2025 Trump og Maduro skal ha snakket sammen – ubekreftet",
    });
    expect(call).toHaveClass("tl-event--card");
    expect(within(plot()).queryByRole("button", { name: /hendelser? til – zoom inn/ })).toBeNull();
    // The ultimatum's band: its words whole for screen readers (the eye may see them cut), with
    // its dates.
    const band = within(plot()).getByRole("note");
    expect(band).toHaveTextContent("Ultimatumet Trump skal ha gitt – én uke (21.–28. nov. 2025)");
    expect(band).toHaveAttribute("title", "Ultimatumet Trump skal ha gitt – én uke");
    // The compressed years before it say what they are.
    expect(within(plot()).getByText("Bakgrunn")).toHaveClass("tl-context-label");
  });

  it("names a cluster's badge by its dates and count, and zooms in to its first event's button", async () => {
    // A story of 40 events over ten years, with bursts: more than the lanes hold at 568 px.
    // The badge of its last years (11 events spread over them) has room once zoomed in.
    const { story: data } = validateStorySource(generateStoryYaml(40), "generated.yaml");
    const story = toStory(data!, "generated");
    render(<StoryRoot story={story} initialState={getDefaultState(story)} syncUrl={false} />);
    const badges = await within(await findPlot()).findAllByRole("button", {
      name: /^[^:]+: \d+ hendelser? til – zoom inn$/,
    });
    const badge = badges.at(-1);
    expect(badge!.textContent).toMatch(/^\+\d+$/);
    expect(badge).toHaveAttribute("title", badge!.getAttribute("aria-label"));
    badge!.focus();
    fireEvent.click(badge!);
    await waitFor(() => expect(document.activeElement).toHaveAttribute("data-event-id"));
    expect(plot()).toContainElement(document.activeElement as HTMLElement);
  });

  it("leaves a plain wheel to the page and says once how to zoom; Ctrl + wheel zooms", async () => {
    renderStoryAt();
    const deadline = await within(await findPlot()).findByRole("button", { name: /Fristen/ });
    const before = deadline.style.left;
    const status = within(timeline()).getAllByRole("status");
    const hint = () => status.find((s) => s.classList.contains("htl__hint"))!;
    expect(hint()).toBeEmptyDOMElement();

    const plain = fireEvent.wheel(plot(), { deltaY: 100 });
    // Not cancelled: the browser scrolls the page.
    expect(plain).toBe(true);
    expect(hint()).toHaveTextContent("Hold Ctrl og rull for å zoome");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deadline.style.left).toBe(before);

    const zooming = fireEvent.wheel(plot(), { deltaY: -300, ctrlKey: true });
    // Cancelled: the browser neither scrolls nor zooms the page.
    expect(zooming).toBe(false);
    await waitFor(() =>
      expect(within(plot()).getByRole("button", { name: /Fristen/ }).style.left).not.toBe(before),
    );
  });
});

/** Presses "Zoom inn" `times` times, each time until the plot is laid out for the new zoom. */
async function zoomIn(times: number) {
  const user = userEvent.setup();
  const ticks = () =>
    [...plot().querySelectorAll<HTMLElement>(".tl-tick")].map((t) => t.style.left).join();
  for (let i = 0; i < times; i++) {
    const before = ticks();
    await user.click(within(timeline()).getByRole("button", { name: "Zoom inn" }));
    await waitFor(() => expect(ticks()).not.toBe(before));
  }
}

/** The event labels a reader sees: the cards whose left edge is inside the 568 px plot. */
const cardsInView = () =>
  [...plot().querySelectorAll<HTMLElement>(".tl-event--card")]
    .filter((card) => parseFloat(card.style.left) >= 0 && parseFloat(card.style.left) < FRAME_WIDTH)
    .map((card) => card.dataset["eventId"]);

describe("zooming in with +", () => {
  it("zooms around the selected event, which stays in view", async () => {
    renderStoryAt("?event=hernandez-sentenced");
    await findPlot();
    await zoomIn(4);
    expect(cardsInView()).toContain("hernandez-sentenced");
  });

  it("with nothing selected, zooms around the events in view, never into an empty stretch", async () => {
    renderStoryAt();
    await findPlot();
    await zoomIn(4);
    expect(cardsInView()).toContain("strike-2-september");
  });
});

describe("the hint on how to zoom", () => {
  it("shows the first time it is asked for, goes after a few seconds, and never comes back", () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useZoomHint(false));
      expect(result.current.phase).toBe("hidden");
      act(() => result.current.show());
      expect(result.current.phase).toBe("shown");
      act(() => void vi.advanceTimersByTime(HINT_MS));
      expect(result.current.phase).toBe("fading");
      act(() => void vi.advanceTimersByTime(1000));
      expect(result.current.phase).toBe("hidden");
      act(() => result.current.show());
      expect(result.current.phase).toBe("hidden");
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not fade when the reader asks for less motion: it goes at once", () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useZoomHint(true));
      act(() => result.current.show());
      act(() => void vi.advanceTimersByTime(HINT_MS));
      expect(result.current.phase).toBe("hidden");
    } finally {
      vi.useRealTimers();
    }
  });
});
