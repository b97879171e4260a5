// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { historyStep, renderStoryAt, expectSearch } from "../helpers/render-story.tsx";

afterEach(() => window.history.replaceState(null, "", "/"));

const timeline = () => screen.getByRole("region", { name: "Tidslinje" });
const eventButton = (name: RegExp | string) => within(timeline()).getByRole("button", { name });

describe("the timeline", () => {
  it("is a region whose events are buttons named by date and title", () => {
    renderStoryAt();
    expect(
      eventButton("21. november 2025 Trump og Maduro skal ha snakket sammen – ubekreftet"),
    ).toBeInTheDocument();
    expect(
      eventButton("Helgen etter fristen Maduro trosser fristen og danser i Caracas"),
    ).toBeInTheDocument();
  });

  it("says which events are only claimed, in the name and beside the date, with a key", () => {
    renderStoryAt();
    const call = eventButton(/Trump og Maduro skal/);
    expect(within(call).getByText("ubekreftet")).toHaveAttribute(
      "title",
      "Meldt av kilder, men ikke bekreftet av dem det gjelder.",
    );
    // Confirmed is the plain default: no word, and the name ends with the title.
    expect(
      eventButton("1. desember 2025 Maduro taler utenfor presidentpalasset").textContent,
    ).not.toMatch(/bekreftet/);
    const key = within(timeline()).getByRole("list", {
      name: "Slik merker vi påstandene i tidslinjen",
    });
    // Only the statuses this story uses: it has nothing disputed.
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["bekreftet", "rapportert", "ubekreftet", "avvist"]);
  });

  it("has one tab stop among its events (a roving tab stop)", () => {
    renderStoryAt();
    const buttons = within(timeline())
      .getAllByRole("button")
      .filter((b) => b.hasAttribute("data-event-id"));
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(buttons).toHaveLength(20);
  });

  it("folds the events before the story's focus into one line on the phone's timeline, which opens in place", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    // The years before 18 November, the lead-up stretches ("in recent months") included.
    const summary = within(timeline()).getByText("Bakgrunn: 7 hendelser, 2014–2025");
    const fold = summary.closest("details")!;
    expect(fold.open).toBe(false);
    expect(
      within(fold).getByRole("button", { name: /ICC starter en forundersøkelse/ }),
    ).toHaveAttribute("tabindex", "-1");
    // Tab reaches the first event in view, not one in the closed fold.
    const vertical = timeline().querySelector<HTMLElement>(".vtl")!;
    const stop = within(vertical)
      .getAllByRole("button")
      .find((b) => b.tabIndex === 0 && b.hasAttribute("data-event-id"))!;
    expect(fold.contains(stop)).toBe(false);
    expect(stop).toHaveAccessibleName(/Trump og Maduro skal ha snakket sammen/);
    await user.click(summary);
    expect(fold.open).toBe(true);
  });

  it("opens the fold when the selection moves into it, and when a link opens an event in it", async () => {
    const user = userEvent.setup();
    const { unmount } = renderStoryAt("?event=icc-preliminary-examination");
    expect(
      within(timeline())
        .getByText(/^Bakgrunn: \d+ hendelser/)
        .closest("details")!.open,
    ).toBe(true);
    unmount();
    renderStoryAt();
    const fold = within(timeline())
      .getByText(/^Bakgrunn: \d+ hendelser/)
      .closest("details")!;
    await user.click(within(timeline()).getByRole("button", { name: "Start fra begynnelsen" }));
    await expectSearch("?event=icc-alleged-crimes");
    expect(fold.open).toBe(true);
  });

  it("opens an event's card on click, names it in the URL and announces its title", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    await user.click(eventButton(/Trump og Maduro skal ha snakket sammen/));
    const card = within(timeline()).getByRole("article", {
      name: "Trump og Maduro skal ha snakket sammen",
    });
    expect(within(card).getByText("Ubekreftet")).toBeInTheDocument();
    expect(card).toHaveTextContent(
      "Ikke bekreftet av: Det hvite hus, Venezuelas informasjonsdepartement",
    );
    await expectSearch("?event=trump-maduro-call");
    expect(
      screen.getByText("Trump og Maduro skal ha snakket sammen", {
        selector: "[aria-live] *, [aria-live]",
      }),
    ).toBeInTheDocument();
  });

  it("steps with the arrow keys, Home and End, moving focus along", async () => {
    const user = userEvent.setup();
    renderStoryAt("?event=trump-maduro-call");
    eventButton(/Trump og Maduro skal ha snakket sammen/).focus();
    await user.keyboard("{ArrowRight}");
    await expectSearch("?event=deadline-28-november");
    await waitFor(() => expect(eventButton(/Fristen for Maduro/)).toHaveFocus());
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    await expectSearch("?event=maduro-on-social-media");
    await user.keyboard("{Home}");
    await expectSearch("?event=icc-alleged-crimes");
    await user.keyboard("{End}");
    await expectSearch("?event=cartel-de-los-soles-accusation");
  });

  it("steps with the card's previous and next buttons", async () => {
    const user = userEvent.setup();
    renderStoryAt("?event=icc-alleged-crimes");
    expect(within(timeline()).getByRole("button", { name: "Forrige hendelse" })).toBeDisabled();
    await user.click(within(timeline()).getByRole("button", { name: "Neste hendelse" }));
    await expectSearch("?event=icc-preliminary-examination");
  });

  it("starts from the title card, and jumps to the latest event", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    await user.click(within(timeline()).getByRole("button", { name: "Gå til siste" }));
    await expectSearch("?event=experts-assess-standoff");
  });

  it("filters by theme, says how many events are shown, and keeps it in the URL", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    await user.click(screen.getByRole("button", { name: "ICC-saken" }));
    expect(screen.getByRole("button", { name: "ICC-saken" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.getByRole("status")).toHaveTextContent("Viser 5 av 20 hendelser");
    await expectSearch("?threads=icc");
    await waitFor(() =>
      expect(
        within(timeline())
          .getAllByRole("button")
          .filter((b) => b.hasAttribute("data-event-id")),
      ).toHaveLength(5),
    );
    await user.click(screen.getByRole("button", { name: "Alle tema" }));
    expect(screen.getByRole("status")).toHaveTextContent("Viser 20 av 20 hendelser");
  });

  it("Back undoes steps, not each selection: a filter is a step, going from event to event is not", async () => {
    const user = userEvent.setup();
    renderStoryAt();
    const start = window.history.length;
    await user.click(eventButton(/Trump og Maduro skal ha snakket sammen/));
    await user.click(eventButton(/Fristen for Maduro/));
    await expectSearch("?event=deadline-28-november");
    expect(window.history.length).toBe(start);
    await user.click(screen.getByRole("button", { name: "ICC-saken" }));
    await expectSearch("?event=deadline-28-november&threads=icc");
    expect(window.history.length).toBe(start + 1);
    await act(() => historyStep("back"));
    expect(screen.getByRole("button", { name: "ICC-saken" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(eventButton(/Fristen for Maduro/)).toHaveAttribute("aria-current", "true");
    await act(() => historyStep("forward"));
    expect(screen.getByRole("button", { name: "ICC-saken" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("ignores an unknown event in the URL and shows the title card", () => {
    renderStoryAt("?event=gone");
    expect(within(timeline()).queryByRole("article")).not.toBeInTheDocument();
    expect(
      within(timeline())
        .getAllByRole("button")
        .some((b) => b.getAttribute("aria-current") === "true"),
    ).toBe(false);
  });
});

describe("panels", () => {
  it("opens an explainer from a card, moves focus into it, and Esc returns focus", async () => {
    const user = userEvent.setup();
    renderStoryAt("?event=icc-preliminary-examination");
    const start = window.history.length;
    const chip = within(timeline()).getByRole("button", { name: /Bakgrunn: ICC og Maduro/ });
    await user.click(chip);
    const panel = await screen.findByRole("dialog", { name: "ICC og Maduro" });
    // The panel is loaded lazily: it can be found a moment before its effect moves focus.
    await waitFor(() =>
      expect(within(panel).getByRole("heading", { name: "ICC og Maduro" })).toHaveFocus(),
    );
    await expectSearch("?event=icc-preliminary-examination&explainer=icc-maduro");
    expect(
      within(panel).getByRole("button", { name: /Seks land ber om ICC-etterforskning/ }),
    ).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    // Focus returns in the panel's effect cleanup, which may run just after it is removed.
    await waitFor(() => expect(chip).toHaveFocus());
    // Opening the panel was a step; Escape went back from it, adding none of its own.
    await expectSearch("?event=icc-preliminary-examination");
    expect(window.history.length).toBe(start + 1);
  });

  it("opens a related event from the explainer in one click, with focus on that event", async () => {
    const user = userEvent.setup();
    renderStoryAt("?explainer=icc-maduro");
    const panel = await screen.findByRole("dialog", { name: "ICC og Maduro" });
    await user.click(
      within(panel).getByRole("button", { name: /Seks land ber om ICC-etterforskning/ }),
    );
    await expectSearch("?event=icc-request-six-countries");
    await waitFor(() =>
      expect(
        timeline().querySelector('.vtl [data-event-id="icc-request-six-countries"]'),
      ).toHaveFocus(),
    );
  });

  it("sets the two experts side by side on the questions both answer", async () => {
    const user = userEvent.setup();
    renderStoryAt("?viewpoint=bye-invasion");
    const panel = await screen.findByRole("dialog", { name: "Vegard Bye" });
    expect(panel).toHaveTextContent("En invasjon ser jeg som lite sannsynlig.");
    await user.click(within(panel).getByRole("button", { name: "Sammenlign ekspertene" }));
    const compare = await screen.findByRole("dialog", { name: "Ekspertene side om side" });
    await expectSearch("?compare=1");
    // Focus moves into the compare view, to its title.
    await waitFor(() =>
      expect(
        within(compare).getByRole("heading", { name: "Ekspertene side om side" }),
      ).toHaveFocus(),
    );
    const narco = within(compare).getByRole("region", {
      name: "Hvor troverdig er forklaringen om en «anti-narko-operasjon»?",
    });
    expect(narco).toHaveTextContent("Vegard Bye");
    expect(narco).toHaveTextContent("Benedicte Bull");
    expect(narco).toHaveTextContent("Narkotika er mest et påskudd.");
    // What the reporting says of both at once is printed once, not in each expert's cell.
    const joint = within(narco).getAllByText(/Både Bull og Bye peker på/);
    expect(joint).toHaveLength(1);
    expect(joint[0]!.closest(".compare__cell")).toBeNull();
    const invasion = within(compare).getByRole("region", {
      name: "Hvor sannsynlig er en invasjon?",
    });
    expect(invasion).toHaveTextContent("Tar ikke opp dette i artikkelen");
  });
});
