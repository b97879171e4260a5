// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StoryRoot } from "@/app/story-root.tsx";
import { loadAllLanguages, setAllLanguagesSource } from "@/state/all-languages.ts";
import { getDefaultState, getKnownIds } from "@/state/initial-state.ts";
import { parseUrlState } from "@/state/url-state.ts";
import { storyInLanguage } from "@/story/model/story-in-language.ts";
import { loadBundledStory } from "../helpers/bundled-story.ts";
import { expectAddress } from "../helpers/render-story.tsx";

const story = loadBundledStory();
const SOURCE = "/assets/story-maduro-usa-2025-test.json";
const NORWEGIAN_TITLE = "Maduro trosset USAs frist om å gå av";
const ENGLISH_TITLE = "Maduro defied the US deadline to step down";

/** A page as the build writes it: the story's text in Norwegian only, the rest in a file. */
function renderNorwegianPage(search = "") {
  window.history.replaceState(null, "", `/maduro-usa-2025/${search}`);
  const initialState = getDefaultState(story);
  const urlState = parseUrlState(search, getKnownIds(story), initialState.lang);
  setAllLanguagesSource(story.slug, SOURCE);
  return render(
    <StoryRoot
      story={storyInLanguage(story, "nb")}
      initialState={initialState}
      urlState={urlState}
    />,
  );
}

/** A fetch that answers only when the test says so. */
function deferredFetch() {
  let answer: (body: unknown, ok?: boolean) => void = () => {};
  const fetch = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        answer = (body, ok = true) =>
          resolve(new Response(JSON.stringify(body), { status: ok ? 200 : 404 }));
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return { fetch, answer: (body: unknown, ok?: boolean) => answer(body, ok) };
}

beforeEach(() => {
  document.documentElement.lang = "nb";
});
afterEach(() => {
  setAllLanguagesSource(story.slug, null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("a page that carries its story in one language", () => {
  it("loads the other language when asked, and stays whole in its own until it arrives", async () => {
    const { fetch, answer } = deferredFetch();
    const user = userEvent.setup();
    renderNorwegianPage();
    expect(fetch).not.toHaveBeenCalled();

    await user.click(screen.getByRole("link", { name: "English" }));
    expect(fetch).toHaveBeenCalledWith(SOURCE);
    await expectAddress("/maduro-usa-2025/en/");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(NORWEGIAN_TITLE);
    expect(document.documentElement.lang).toBe("nb");

    answer(story);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(ENGLISH_TITLE),
    );
    // <html lang> follows in an effect, just after the text.
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("starts loading when the reader points at the switch, before the click", async () => {
    const { fetch, answer } = deferredFetch();
    const user = userEvent.setup();
    renderNorwegianPage();
    await user.hover(screen.getByRole("link", { name: "English" }));
    expect(fetch).toHaveBeenCalledWith(SOURCE);
    answer(story);
    await user.click(screen.getByRole("link", { name: "English" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(ENGLISH_TITLE),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("opens a link to the other language in it", async () => {
    const { answer } = deferredFetch();
    renderNorwegianPage("?lang=en&event=trump-maduro-call");
    answer(story);
    expect(
      await screen.findByRole("heading", { level: 1, name: ENGLISH_TITLE }),
    ).toBeInTheDocument();
    // The open event's card is in English too, and nothing on the page failed to render.
    const timeline = screen.getByRole("region", { name: "Timeline" });
    expect(
      within(timeline).getByRole("article", {
        name: story.events.find((e) => e.id === "trump-maduro-call")!.title.en,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("uses the other language when its loading began before the page started", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(story)));
    vi.stubGlobal("fetch", fetch);
    setAllLanguagesSource(story.slug, SOURCE);
    await loadAllLanguages(story.slug);
    renderNorwegianPage("?lang=en");
    expect(
      await screen.findByRole("heading", { level: 1, name: ENGLISH_TITLE }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("stays readable in its own language when the other cannot be loaded", async () => {
    const { answer } = deferredFetch();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const user = userEvent.setup();
    renderNorwegianPage();
    await user.click(screen.getByRole("link", { name: "English" }));
    answer("gone", false);
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(String(warn.mock.calls[0]?.[0])).toContain(SOURCE);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(NORWEGIAN_TITLE);
    expect(document.documentElement.lang).toBe("nb");
    // The switch does not claim English while the page is in Norwegian, and the reader is told.
    const notice = await screen.findByText(
      "This story could not be loaded in English. It is shown in Norwegian instead.",
    );
    expect(notice.closest("[role=status]")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("link", { name: "Norsk" })).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("link", { name: "English" })).not.toHaveAttribute("aria-current");
    await expectAddress("/maduro-usa-2025/");
  });
});
