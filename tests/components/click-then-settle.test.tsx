// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { renderStoryAt } from "../helpers/render-story.tsx";

afterEach(() => window.history.replaceState(null, "", "/"));

const CALL = /Trump og Maduro skal ha snakket sammen/;

it("opens an event's card in the click, and brings the language links, the tab's title and the announcement up to date after it", async () => {
  renderStoryAt();
  const timeline = screen.getByRole("region", { name: "Tidslinje" });
  const english = screen.getByRole("link", { name: "English" });
  const title = document.title;

  // The click's own render: the card, and nothing the reader cannot see change.
  act(() => {
    fireEvent.click(within(timeline).getByRole("button", { name: CALL }));
  });
  expect(within(timeline).getByRole("article", { name: CALL })).toBeInTheDocument();
  expect(english.getAttribute("href")).not.toContain("event=");
  expect(document.title).toBe(title);

  // Just after the paint: the English link keeps the open event, and the rest follows.
  await waitFor(() =>
    expect(english).toHaveAttribute("href", "/maduro-usa-2025/en/?event=trump-maduro-call"),
  );
  await waitFor(() => expect(document.title).toMatch(CALL));
  expect(within(timeline).getByText(CALL, { selector: "[aria-live] *, [aria-live]" })).toBeTruthy();
});
