// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isStoryVersion, watchVersion } from "@/state/live-version.ts";

const version = (hash: string, events = 3) => ({
  hash,
  updated: "2026-01-05T12:00:00Z",
  events,
  data: "/assets/x.json",
});
const answer = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

let visibility: DocumentVisibilityState = "visible";
beforeEach(() => {
  vi.useFakeTimers();
  visibility = "visible";
  vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("watching a story's version", () => {
  it("checks every interval while visible and says once when the story changed", async () => {
    const fetcher = vi
      .fn()
      .mockReturnValueOnce(answer(version("a")))
      .mockReturnValue(answer(version("b", 4)));
    const onChange = vi.fn();
    const stop = watchVersion({
      url: "/s/version.json",
      current: "a",
      interval: 1000,
      onChange,
      fetcher,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledWith(version("b", 4));
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it("asks nothing while the page is hidden, and checks at once when it is shown again", async () => {
    const fetcher = vi.fn().mockReturnValue(answer(version("a")));
    const stop = watchVersion({
      url: "/v",
      current: "a",
      interval: 1000,
      onChange: () => {},
      fetcher,
    });
    visibility = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).not.toHaveBeenCalled();
    visibility = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher).toHaveBeenCalledTimes(1);
    stop();
  });

  it("changes nothing on failures, timeouts or garbage, and backs off", async () => {
    const fetcher = vi
      .fn()
      .mockImplementationOnce(() => Promise.reject(new Error("offline")))
      .mockReturnValueOnce(answer("<html>", 200))
      .mockReturnValueOnce(answer(version("a"), 500))
      .mockReturnValue(answer({ hash: 42 }));
    const onChange = vi.fn();
    const stop = watchVersion({ url: "/v", current: "a", interval: 1000, onChange, fetcher });
    await vi.advanceTimersByTimeAsync(1000); // 1st: fails
    await vi.advanceTimersByTimeAsync(2000); // 2nd, after twice the interval
    await vi.advanceTimersByTimeAsync(4000); // 3rd, after four times
    expect(fetcher).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(7999);
    expect(fetcher).toHaveBeenCalledTimes(3);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it("accepts only a well-formed version", () => {
    expect(isStoryVersion(version("abc"))).toBe(true);
    expect(isStoryVersion({ ...version("abc"), events: -1 })).toBe(false);
    expect(isStoryVersion({ ...version(""), events: 1 })).toBe(false);
    expect(isStoryVersion(null)).toBe(false);
  });
});
