// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoryRoot } from "@/app/story-root.tsx";
import { getDefaultState, getKnownIds } from "@/state/initial-state.ts";
import { parseUrlState } from "@/state/url-state.ts";
import { loadBundledStory } from "../helpers/bundled-story.ts";
import { expectAddress, expectSearch } from "../helpers/render-story.tsx";

const story = loadBundledStory();

function renderAt(search = "") {
  window.history.replaceState(null, "", `/maduro-usa-2025/${search}`);
  const initialState = getDefaultState(story);
  const urlState = parseUrlState(search, getKnownIds(story), initialState.lang);
  return render(<StoryRoot story={story} initialState={initialState} urlState={urlState} />);
}

/** An event in the readable list (not the timeline above it). */
function eventItem(title: string): HTMLElement {
  const list = document.getElementById("events");
  if (!list) throw new Error("No event list");
  const item = within(list).getByRole("heading", { name: title }).closest("li");
  if (!item) throw new Error(`No list item for ${title}`);
  return item;
}

beforeEach(() => {
  document.documentElement.lang = "nb";
});
afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("the story page", () => {
  it("shows the title, the summary, when it was updated and whose reporting it is", () => {
    renderAt();
    expect(
      screen.getByRole("heading", { level: 1, name: "Maduro trosset USAs frist om å gå av" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Oppdatert/)).toHaveTextContent("Oppdatert 3. des. 2025, 09:00");
    expect(screen.getByText(/^Kilde: TV 2/)).toHaveTextContent(
      "Kilde: TV 2, «Maduro trosset USAs frist om å gå av», publisert 3. desember 2025 kl. 09:00.",
    );
  });

  it("lists every event, dated ones in order, each with a machine-readable date", () => {
    renderAt();
    const [dated, undated] = screen
      .getAllByRole("list")
      .filter((list) => list.classList.contains("event-list"));
    const datedItems = [...dated!.querySelectorAll(":scope > li")];
    const undatedItems = [...undated!.querySelectorAll(":scope > li")];
    expect(datedItems.length + undatedItems.length).toBe(story.events.length);
    expect(datedItems[0]).toHaveTextContent("Siden minst 2014–2017");
    for (const item of datedItems) {
      expect(item.querySelector("time[datetime]")).not.toBeNull();
    }
    expect(
      screen.getByRole("heading", { level: 2, name: "Uten dato i kildene" }),
    ).toBeInTheDocument();
  });

  it("says who reports an unconfirmed claim and who has not confirmed it", () => {
    renderAt();
    const call = eventItem("Trump og Maduro skal ha snakket sammen");
    expect(within(call).getByText("Ubekreftet")).toBeInTheDocument();
    expect(call).toHaveTextContent(
      "Kilde: Reuters (ifølge fire kilder som har uttalt seg til Reuters)",
    );
    expect(call).toHaveTextContent(
      "Ikke bekreftet av: Det hvite hus, Venezuelas informasjonsdepartement",
    );
    expect(within(call).getByRole("time")).toHaveAttribute("datetime", "2025-11-21");
  });

  it("shows a denial with who denies it", () => {
    renderAt();
    const accusation = eventItem("USA anklager Maduro for å lede «Sol-kartellet»");
    expect(within(accusation).getByText("Avvist")).toBeInTheDocument();
    expect(accusation).toHaveTextContent("Avvist av: Venezuela");
  });

  it("switches language, sets <html lang> and keeps it in the URL", async () => {
    const user = userEvent.setup();
    renderAt();
    await user.click(screen.getByRole("link", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Maduro defied the US deadline to step down",
    );
    expect(document.documentElement.lang).toBe("en");
    await expectAddress("/maduro-usa-2025/en/");
    expect(screen.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
    expect(eventItem("Trump and Maduro are said to have spoken")).toHaveTextContent(
      "Not confirmed by: The White House, Venezuela's information ministry",
    );
  });

  it("opens an event from the URL in English", () => {
    renderAt("?event=trump-maduro-call&lang=en");
    expect(eventItem("Trump and Maduro are said to have spoken")).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(document.documentElement.lang).toBe("en");
  });

  it("ignores unknown ids in the URL", () => {
    renderAt("?event=no-such-event&explainer=nope");
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
    expect(document.querySelector('[aria-current="true"]')).toHaveTextContent("Norsk");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("opens an explainer from the list in a panel, and Back closes it", async () => {
    const user = userEvent.setup();
    renderAt();
    const exam = eventItem("ICC starter en forundersøkelse");
    await user.click(within(exam).getByRole("link", { name: "ICC og Maduro" }));
    await expectSearch("?explainer=icc-maduro");
    const panel = await screen.findByRole("dialog", { name: "ICC og Maduro" });
    expect(within(panel).getByRole("heading", { name: "ICC og Maduro" })).toHaveFocus();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("lists an explainer's related events, each one link away", () => {
    renderAt();
    const explainer = screen.getByRole("article", { name: "ICC og Maduro" });
    const links = within(explainer)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(links).toContain("ICC starter en forundersøkelse");
    expect(links).toContain("Seks land ber om ICC-etterforskning");
  });

  it("shows both experts with their quotes in the reader's quotation marks", () => {
    renderAt();
    const bye = screen.getByRole("article", { name: "Vegard Bye" });
    expect(bye).toHaveTextContent("«En invasjon ser jeg som lite sannsynlig.");
    const bull = screen.getByRole("article", { name: "Benedicte Bull" });
    expect(bull).toHaveTextContent("Latin-Amerika professor, Senter for global bærekraft");
  });
});

describe("every event of the article", () => {
  it.each([
    ["nb", "Kilde:", "Status:"],
    ["en", "Source:", "Status:"],
  ])("is listed in %s with its date, status and source", (lang, sourceLabel, statusLabel) => {
    window.history.replaceState(null, "", "/");
    renderAt(lang === "en" ? "?lang=en" : "");
    const list = document.getElementById("events")!;
    const items = [...list.querySelectorAll("ol.event-list > li, ul.event-list > li")];
    expect(items).toHaveLength(story.events.length);
    for (const item of items) {
      const event = story.events.find((e) => item.id === `event-${e.id}`)!;
      expect(item).toHaveTextContent(event.title[lang as "nb" | "en"]);
      expect(item.querySelector("time[datetime]")).not.toBeNull();
      expect(item).toHaveTextContent(statusLabel);
      expect(item).toHaveTextContent(sourceLabel);
    }
  });
});
