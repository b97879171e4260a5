// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StoryRoot } from "../../src/app/story-root.tsx";
import { loadAllLanguages, setAllLanguagesSource } from "../../src/state/all-languages.ts";
import { getDefaultState, getKnownIds } from "../../src/state/initial-state.ts";
import { parseUrlState } from "../../src/state/url-state.ts";
import { storyInLanguage } from "../../src/story/story-in-language.ts";
import { loadBundledStory } from "../helpers/bundled-story.ts";
import { expectSearch } from "../helpers/render-story.tsx";

const story = loadBundledStory();
const SOURCE = "/assets/story-maduro-usa-2025-test.json";
const NORWEGIAN_TITLE = "Maduro trosset USAs frist om å gå av";
const ENGLISH_TITLE = "Maduro defied the US deadline to step down";

/** A page as the build writes it: the story's text in Norwegian only, the rest in a file. */
function renderNorwegianPage(search = "") {
  window.history.replaceState(null, "", `/maduro-usa-2025/${search}`);
  const initialState = getDefaultState(story);
  const urlState = parseUrlState(search, getKnownIds(story), initialState.lang);
  setAllLanguagesSource(SOURCE);
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
  setAllLanguagesSource(null);
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
    await expectSearch("?lang=en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(NORWEGIAN_TITLE);
    expect(document.documentElement.lang).toBe("nb");

    answer(story);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(ENGLISH_TITLE),
    );
    expect(document.documentElement.lang).toBe("en");
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
  });

  it("uses the other language when its loading began before the page started", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(story)));
    vi.stubGlobal("fetch", fetch);
    setAllLanguagesSource(SOURCE);
    await loadAllLanguages();
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
  });
});
